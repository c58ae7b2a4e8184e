import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { int8Array, jsonbArray, textArray, uuidArray } from '@warta/database';
import { EntityManager } from 'typeorm';
import { GENESIS_HASH, KEYED_CHAIN_VERSION, keyedAuditHash } from './audit-hash';

export interface AuditEventInput {
  organizationId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
  requestId?: string | null;
}

/** Chain key for events that belong to no node (e.g. a user's own account). */
export const GLOBAL_CHAIN = 'global';

/**
 * Appends to the audit trail inside the caller's transaction, so the record and the change it
 * describes commit or roll back together. Each node has its own chain; a transaction-scoped advisory
 * lock on the chain serialises appenders so sequence numbers never fork. Every row is chain
 * version 2: its hash is an HMAC keyed with AUDIT_CHAIN_KEY, which the database never sees.
 */
@Injectable()
export class AuditTrail {
  private readonly key: string;

  constructor(
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'audit'>,
  ) {
    this.key = config.audit.chainKey;
  }

  append(manager: EntityManager, input: AuditEventInput): Promise<void> {
    return this.appendMany(manager, [input]);
  }

  /**
   * Appends several events in one go (e.g. a batch of posts published together): the chains they
   * touch are locked in a fixed order (so two batches never wait on each other in a circle), then
   * the events are hashed in order onto each chain's head and written with one statement per table.
   */
  async appendMany(manager: EntityManager, inputs: AuditEventInput[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditTrail.append must run inside the transaction of the change it records');
    }
    if (!inputs.length) return;
    const chainKeys = [...new Set(inputs.map(chainOf))].sort();
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('audit:' || k, 7))
         FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS ordered`,
      [textArray(chainKeys)],
    );
    const heads: { chain_key: string; seq: string; hash: string }[] = await manager.query(
      `SELECT chain_key, seq::text AS seq, hash FROM audit_chain_heads WHERE chain_key = ANY($1::text[])`,
      [textArray(chainKeys)],
    );
    const head = new Map(chainKeys.map((k) => [k, { seq: 0n, hash: GENESIS_HASH }]));
    for (const h of heads) head.set(h.chain_key, { seq: BigInt(h.seq), hash: h.hash });
    // Millisecond precision: what Postgres returns for timestamptz round-trips exactly through JS Date.
    const createdAt = new Date(Math.floor(this.clock.now().getTime()));
    const rows = inputs.map((input) => {
      const chainKey = chainOf(input);
      const prev = head.get(chainKey)!;
      const row = {
        chainKey,
        seq: String(prev.seq + 1n),
        organizationId: input.organizationId,
        actorId: input.actorId,
        action: input.action,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        reason: input.reason ?? null,
        data: input.data ?? {},
        requestId: input.requestId ?? null,
        createdAt: createdAt.toISOString(),
        prevHash: prev.hash,
      };
      const hash = keyedAuditHash(row, this.key);
      head.set(chainKey, { seq: prev.seq + 1n, hash });
      return { ...row, hash };
    });
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await manager.query(
      `INSERT INTO audit_events (chain_key, seq, organization_id, actor_id, action, subject_type, subject_id,
         reason, data, request_id, created_at, prev_hash, hash, chain_version)
       SELECT e.chain_key, e.seq, e.organization_id, e.actor_id, e.action, e.subject_type, e.subject_id,
              e.reason, e.data, e.request_id, $11, e.prev_hash, e.hash, ${KEYED_CHAIN_VERSION}
         FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::jsonb[], $10::text[], $12::text[], $13::text[])
           AS e(chain_key, seq, organization_id, actor_id, action, subject_type, subject_id, reason, data,
                request_id, prev_hash, hash)`,
      [
        textArray(col('chainKey')),
        int8Array(rows.map((r) => Number(r.seq))),
        uuidArray(col('organizationId')),
        uuidArray(col('actorId')),
        textArray(col('action')),
        textArray(col('subjectType')),
        textArray(col('subjectId')),
        textArray(col('reason')),
        jsonbArray(col('data')),
        textArray(col('requestId')),
        createdAt,
        textArray(col('prevHash')),
        textArray(col('hash')),
      ],
    );
    const last = [...head.entries()].filter(([, h]) => h.seq > 0n);
    await manager.query(
      `INSERT INTO audit_chain_heads (chain_key, seq, hash)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
       ON CONFLICT (chain_key) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
      [
        textArray(last.map(([k]) => k)),
        int8Array(last.map(([, h]) => Number(h.seq))),
        textArray(last.map(([, h]) => h.hash)),
      ],
    );
  }
}

function chainOf(input: AuditEventInput): string {
  return input.organizationId ?? GLOBAL_CHAIN;
}
