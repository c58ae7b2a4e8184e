import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash';

export interface BrokenLink {
  chainKey: string;
  seq: string;
  eventId: string | null;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_rows' | 'head_mismatch';
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  chains: number;
  events: number;
  firstBroken: BrokenLink | null;
}

interface Row {
  id: string;
  chain_key: string;
  seq: string;
  organization_id: string | null;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  data: unknown;
  request_id: string | null;
  created_at: Date;
  prev_hash: string;
  hash: string;
}

/**
 * Walks every chain from its first row and reports the first link that does not hold: a row whose
 * content no longer matches its hash (edited), a gap in sequence or a broken prev-hash link (deleted),
 * or a chain whose last row is not the recorded head (newest rows deleted).
 */
@Injectable()
export class VerifyAuditChain {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async execute(): Promise<AuditVerification> {
    const heads: { chain_key: string; seq: string; hash: string }[] = await this.dataSource.query(
      `SELECT chain_key, seq::text AS seq, hash FROM audit_chain_heads ORDER BY chain_key`,
    );
    const chainKeys: { chain_key: string }[] = await this.dataSource.query(
      `SELECT DISTINCT chain_key FROM audit_events UNION SELECT chain_key FROM audit_chain_heads ORDER BY 1`,
    );
    const headByChain = new Map(heads.map((h) => [h.chain_key, h]));
    let events = 0;
    for (const { chain_key: chainKey } of chainKeys) {
      const broken = await this.verifyChain(chainKey, headByChain.get(chainKey), (n) => (events += n));
      if (broken) return { ok: false, chains: chainKeys.length, events, firstBroken: broken };
    }
    return { ok: true, chains: chainKeys.length, events, firstBroken: null };
  }

  private async verifyChain(
    chainKey: string,
    head: { seq: string; hash: string } | undefined,
    count: (n: number) => void,
  ): Promise<BrokenLink | null> {
    const pageSize = 5000;
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let lastSeen: { seq: string; hash: string; id: string } | null = null;
    for (;;) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT id::text AS id, chain_key, seq::text AS seq, organization_id, actor_id, action, subject_type,
                subject_id, reason, data, request_id, created_at, prev_hash, hash
           FROM audit_events WHERE chain_key = $1 AND seq >= $2 ORDER BY audit_events.seq LIMIT $3`,
        [chainKey, expectedSeq.toString(), pageSize],
      );
      count(rows.length);
      for (const r of rows) {
        if (BigInt(r.seq) !== expectedSeq) {
          return this.broken(
            chainKey,
            expectedSeq.toString(),
            null,
            'missing_rows',
            `row ${expectedSeq} is missing`,
          );
        }
        if (r.prev_hash !== prevHash) {
          return this.broken(
            chainKey,
            r.seq,
            r.id,
            'prev_hash_mismatch',
            'does not link to the row before it',
          );
        }
        const recomputed = hashAuditEvent({
          chainKey: r.chain_key,
          seq: r.seq,
          organizationId: r.organization_id,
          actorId: r.actor_id,
          action: r.action,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          reason: r.reason,
          data: r.data,
          requestId: r.request_id,
          createdAt: new Date(r.created_at).toISOString(),
          prevHash: r.prev_hash,
        });
        if (recomputed !== r.hash) {
          return this.broken(
            chainKey,
            r.seq,
            r.id,
            'hash_mismatch',
            'content was altered after it was written',
          );
        }
        prevHash = r.hash;
        lastSeen = { seq: r.seq, hash: r.hash, id: r.id };
        expectedSeq += 1n;
      }
      if (rows.length < pageSize) break;
    }
    if (!head) {
      return lastSeen
        ? this.broken(chainKey, lastSeen.seq, lastSeen.id, 'head_mismatch', 'chain has no recorded head')
        : null;
    }
    if (!lastSeen || lastSeen.seq !== head.seq || lastSeen.hash !== head.hash) {
      return this.broken(
        chainKey,
        String(BigInt(lastSeen?.seq ?? '0') + 1n),
        null,
        'head_mismatch',
        `chain ends at ${lastSeen?.seq ?? 0} but its recorded head is ${head.seq}: newest rows were deleted`,
      );
    }
    return null;
  }

  private broken(
    chainKey: string,
    seq: string,
    eventId: string | null,
    problem: BrokenLink['problem'],
    detail: string,
  ): BrokenLink {
    return { chainKey, seq, eventId, problem, detail };
  }
}
