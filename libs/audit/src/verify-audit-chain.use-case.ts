import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { DataSource } from 'typeorm';
import { AuditCheckpoint, AuditCheckpointStore, CheckpointHead } from './audit-checkpoint-store';
import { auditHashFor, GENESIS_HASH } from './audit-hash';

export interface BrokenLink {
  chainKey: string;
  seq: string;
  eventId: string | null;
  problem:
    | 'hash_mismatch'
    | 'prev_hash_mismatch'
    | 'missing_rows'
    | 'head_mismatch'
    | 'version_mismatch'
    | 'checkpoint_mismatch'
    | 'checkpoint_invalid';
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  chains: number;
  events: number;
  firstBroken: BrokenLink | null;
  /** The last checkpoint the database was held to (null: none written yet, only the key protects it). */
  checkpoint: { n: number; at: string } | null;
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
  chain_version: number;
}

interface DbHead {
  chain_key: string;
  seq: string;
  hash: string;
  keyed_from: string;
}

/** Where a walk starts: after a row already trusted (a checkpoint's head), or at the chain's start. */
interface WalkFrom {
  seq: bigint;
  hash: string;
}

/** One chain's walk: what it is held to, and how far it has got. */
interface Walk {
  chainKey: string;
  keyedFrom: bigint;
  anchored: CheckpointHead | null;
  anchoredSeq: bigint | null;
  checkpoint: AuditCheckpoint | null;
  expectedSeq: bigint;
  prevHash: string;
  lastSeen: { seq: string; hash: string; id: string } | null;
}

const PAGE_SIZE = 5000;

const SELECT_PAGE_SQL = `SELECT id::text AS id, chain_key, seq::text AS seq, organization_id, actor_id, action, subject_type,
                subject_id, reason, data, request_id, created_at, prev_hash, hash, chain_version
           FROM audit_events WHERE chain_key = $1 AND seq >= $2 ORDER BY audit_events.seq LIMIT $3`;

function expectedVersionOf(walk: Walk, r: Row): 1 | 2 {
  return BigInt(r.seq) >= walk.keyedFrom ? 2 : 1;
}

/**
 * Walks every chain from its first row and reports the first event that does not hold: content that
 * no longer matches its hash (HMAC-SHA256 with AUDIT_CHAIN_KEY for keyed rows; plain SHA-256 only for
 * rows older than the chain's switch to keys), a gap in sequence or a broken prev-hash link
 * (deleted), a keyed row relabelled as legacy, a chain whose last row is not its recorded head
 * (newest rows deleted) — and then holds the database to the last signed checkpoint outside it:
 * every chain it recorded must still pass through the head it recorded.
 */
@Injectable()
export class VerifyAuditChain {
  private readonly key: string;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'audit'>,
    private readonly checkpoints: AuditCheckpointStore = new AuditCheckpointStore(config),
  ) {
    this.key = config.audit.chainKey;
  }

  async execute(): Promise<AuditVerification> {
    const reading = this.checkpoints.read();
    const last = reading.checkpoints[reading.checkpoints.length - 1] ?? null;
    const checkpoint = last ? { n: last.n, at: last.at } : null;
    if (reading.problem) {
      return {
        ok: false,
        chains: 0,
        events: 0,
        checkpoint,
        firstBroken: {
          chainKey: '',
          seq: '',
          eventId: null,
          problem: 'checkpoint_invalid',
          detail: `the checkpoint files in ${this.checkpoints.directory} do not hold: ${reading.problem}`,
        },
      };
    }
    const heads: DbHead[] = await this.dataSource.query(
      `SELECT chain_key, seq::text AS seq, hash, keyed_from::text AS keyed_from FROM audit_chain_heads ORDER BY chain_key`,
    );
    const chainKeys: { chain_key: string }[] = await this.dataSource.query(
      `SELECT DISTINCT chain_key FROM audit_events UNION SELECT chain_key FROM audit_chain_heads ORDER BY 1`,
    );
    const keys = new Set(chainKeys.map((c) => c.chain_key));
    const anchored = new Map((last?.heads ?? []).map((h) => [h.chain, h]));
    for (const h of anchored.keys()) keys.add(h);
    const headByChain = new Map(heads.map((h) => [h.chain_key, h]));
    let events = 0;
    for (const chainKey of [...keys].sort()) {
      const broken = await this.verifyChain(
        chainKey,
        headByChain.get(chainKey),
        anchored.get(chainKey) ?? null,
        last,
        (n) => (events += n),
      );
      if (broken) return { ok: false, chains: keys.size, events, firstBroken: broken, checkpoint };
    }
    return { ok: true, chains: keys.size, events, firstBroken: null, checkpoint };
  }

  /**
   * Checks the rows of one chain after `from` (a head a checkpoint anchored, already trusted) up to
   * its recorded head: links, keyed hashes, versions. Null when they hold. The checkpoint writer
   * runs it before it anchors a new head, so a forged head is never signed.
   */
  verifySegment(chainKey: string, from: CheckpointHead | null, head: DbHead): Promise<BrokenLink | null> {
    return this.walk(
      chainKey,
      from ? { seq: BigInt(from.seq), hash: from.hash } : null,
      BigInt(from?.keyedFrom ?? head.keyed_from),
      null,
      head,
      () => undefined,
    );
  }

  private async verifyChain(
    chainKey: string,
    head: DbHead | undefined,
    anchored: CheckpointHead | null,
    checkpoint: AuditCheckpoint | null,
    count: (n: number) => void,
  ): Promise<BrokenLink | null> {
    // Which rows must be keyed: the checkpoint's word over the database's (which anyone with write
    // access could raise, to pass rewritten rows off as legacy ones).
    const keyedFrom = BigInt(anchored?.keyedFrom ?? head?.keyed_from ?? '1');
    const walked = await this.walk(chainKey, null, keyedFrom, anchored, head, count, checkpoint);
    if (walked) return walked;
    if (anchored && head && BigInt(head.keyed_from) !== keyedFrom) {
      return this.broken(
        chainKey,
        String(keyedFrom),
        null,
        'checkpoint_mismatch',
        `the chain's keyed_from was changed to ${head.keyed_from}; checkpoint ${checkpoint?.n} recorded ${anchored.keyedFrom}`,
      );
    }
    return null;
  }

  /**
   * Walks the rows of one chain after `from`, page by page, checking each against the row before
   * it; then checks where the chain ends against the checkpoint and the recorded head.
   */
  private async walk(
    chainKey: string,
    from: WalkFrom | null,
    keyedFrom: bigint,
    anchored: CheckpointHead | null,
    head: DbHead | undefined,
    count: (n: number) => void,
    checkpoint: AuditCheckpoint | null = null,
  ): Promise<BrokenLink | null> {
    const walk: Walk = {
      chainKey,
      keyedFrom,
      anchored,
      anchoredSeq: anchored ? BigInt(anchored.seq) : null,
      checkpoint,
      expectedSeq: (from?.seq ?? 0n) + 1n,
      prevHash: from?.hash ?? GENESIS_HASH,
      lastSeen: null,
    };
    for (;;) {
      const rows = await this.readPage(chainKey, walk.expectedSeq);
      count(rows.length);
      for (const r of rows) {
        const broken = this.checkRow(walk, r);
        if (broken) return broken;
        walk.prevHash = r.hash;
        walk.lastSeen = { seq: r.seq, hash: r.hash, id: r.id };
        walk.expectedSeq += 1n;
      }
      if (rows.length < PAGE_SIZE) break;
    }
    return this.checkReachesCheckpoint(walk) ?? this.checkEndsAtHead(walk, from, head);
  }

  private readPage(chainKey: string, fromSeq: bigint): Promise<Row[]> {
    return this.dataSource.query(SELECT_PAGE_SQL, [chainKey, fromSeq.toString(), PAGE_SIZE]);
  }

  /** The checks one row must pass, in order; the first that fails is reported. */
  private checkRow(walk: Walk, r: Row): BrokenLink | null {
    return (
      this.checkLink(walk, r) ??
      this.checkVersion(walk, r) ??
      this.checkHash(walk, r) ??
      this.checkAnchoredHash(walk, r)
    );
  }

  /** The row is the next in sequence and links to the row before it. */
  private checkLink(walk: Walk, r: Row): BrokenLink | null {
    const { chainKey, expectedSeq } = walk;
    if (BigInt(r.seq) !== expectedSeq) {
      return this.broken(
        chainKey,
        expectedSeq.toString(),
        null,
        'missing_rows',
        `row ${expectedSeq} is missing`,
      );
    }
    if (r.prev_hash !== walk.prevHash) {
      return this.broken(chainKey, r.seq, r.id, 'prev_hash_mismatch', 'does not link to the row before it');
    }
    return null;
  }

  /** Rows from keyed_from on are keyed (version 2); older ones are legacy (version 1). */
  private checkVersion(walk: Walk, r: Row): BrokenLink | null {
    const expectedVersion = expectedVersionOf(walk, r);
    if (r.chain_version === expectedVersion) return null;
    return this.broken(
      walk.chainKey,
      r.seq,
      r.id,
      'version_mismatch',
      `written as chain version ${expectedVersion} (keyed from seq ${walk.keyedFrom}) but now says version ${r.chain_version}`,
    );
  }

  /** The row's content still hashes to its stored hash. */
  private checkHash(walk: Walk, r: Row): BrokenLink | null {
    if (this.recomputeHash(r) === r.hash) return null;
    return this.broken(
      walk.chainKey,
      r.seq,
      r.id,
      'hash_mismatch',
      expectedVersionOf(walk, r) === 2
        ? 'content was altered after it was written (its keyed hash does not match: rewritten without AUDIT_CHAIN_KEY, or a different key)'
        : 'content was altered after it was written',
    );
  }

  private recomputeHash(r: Row): string | null {
    return auditHashFor(
      r.chain_version,
      {
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
      },
      this.key,
    );
  }

  /** The row the checkpoint anchored still has the hash the checkpoint recorded. */
  private checkAnchoredHash(walk: Walk, r: Row): BrokenLink | null {
    const { anchored, anchoredSeq, checkpoint } = walk;
    if (anchoredSeq === null || BigInt(r.seq) !== anchoredSeq || r.hash === anchored!.hash) return null;
    return this.broken(
      walk.chainKey,
      r.seq,
      r.id,
      'checkpoint_mismatch',
      `differs from checkpoint ${checkpoint?.n ?? ''} (${checkpoint?.at ?? ''}), which recorded another hash for it`,
    );
  }

  /** The chain still reaches the head the checkpoint anchored (its rows were not deleted). */
  private checkReachesCheckpoint(walk: Walk): BrokenLink | null {
    const { expectedSeq, anchoredSeq, checkpoint } = walk;
    if (anchoredSeq === null || expectedSeq > anchoredSeq) return null;
    return this.broken(
      walk.chainKey,
      expectedSeq.toString(),
      null,
      'checkpoint_mismatch',
      `chain ends at ${expectedSeq - 1n} but checkpoint ${checkpoint?.n ?? ''} (${checkpoint?.at ?? ''}) recorded it up to ${anchoredSeq}: rows were deleted`,
    );
  }

  /** The chain's last row is its recorded head (its newest rows were not deleted). */
  private checkEndsAtHead(walk: Walk, from: WalkFrom | null, head: DbHead | undefined): BrokenLink | null {
    const { chainKey, lastSeen } = walk;
    if (!head) {
      return lastSeen
        ? this.broken(chainKey, lastSeen.seq, lastSeen.id, 'head_mismatch', 'chain has no recorded head')
        : null;
    }
    const endSeq = lastSeen?.seq ?? from?.seq.toString() ?? '0';
    const endHash = lastSeen?.hash ?? from?.hash ?? GENESIS_HASH;
    if (endSeq === head.seq && endHash === head.hash) return null;
    return this.broken(
      chainKey,
      String(BigInt(endSeq) + 1n),
      null,
      'head_mismatch',
      `chain ends at ${endSeq} but its recorded head is ${head.seq}: newest rows were deleted`,
    );
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
