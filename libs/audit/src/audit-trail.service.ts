import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';
import { EntityManager } from 'typeorm';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash';

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
 * lock on the chain serialises appenders so sequence numbers never fork.
 */
@Injectable()
export class AuditTrail {
  constructor(@Inject(Clock) private readonly clock: Clock) {}

  async append(manager: EntityManager, input: AuditEventInput): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditTrail.append must run inside the transaction of the change it records');
    }
    const chainKey = input.organizationId ?? GLOBAL_CHAIN;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [`audit:${chainKey}`]);
    const head: { seq: string; hash: string }[] = await manager.query(
      `SELECT seq::text AS seq, hash FROM audit_chain_heads WHERE chain_key = $1`,
      [chainKey],
    );
    const prevHash = head[0]?.hash ?? GENESIS_HASH;
    const seq = String(BigInt(head[0]?.seq ?? '0') + 1n);
    // Millisecond precision: what Postgres returns for timestamptz round-trips exactly through JS Date.
    const createdAt = new Date(Math.floor(this.clock.now().getTime()));
    const row = {
      chainKey,
      seq,
      organizationId: input.organizationId,
      actorId: input.actorId,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId ?? null,
      reason: input.reason ?? null,
      data: input.data ?? {},
      requestId: input.requestId ?? null,
      createdAt: createdAt.toISOString(),
      prevHash,
    };
    const hash = hashAuditEvent(row);
    await manager.query(
      `INSERT INTO audit_events (chain_key, seq, organization_id, actor_id, action, subject_type, subject_id,
         reason, data, request_id, created_at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        chainKey,
        seq,
        row.organizationId,
        row.actorId,
        row.action,
        row.subjectType,
        row.subjectId,
        row.reason,
        JSON.stringify(row.data),
        row.requestId,
        createdAt,
        prevHash,
        hash,
      ],
    );
    await manager.query(
      `INSERT INTO audit_chain_heads (chain_key, seq, hash) VALUES ($1, $2, $3)
       ON CONFLICT (chain_key) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
      [chainKey, seq, hash],
    );
  }
}
