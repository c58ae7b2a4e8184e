import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@warta/core';
import { DataSource } from 'typeorm';
import { AuditCheckpointStore, CheckpointHead } from './audit-checkpoint-store';
import { BrokenLink, VerifyAuditChain } from './verify-audit-chain.use-case';

export interface CheckpointReport {
  /** The number of the checkpoint written, or null when nothing moved since the last one. */
  written: number | null;
  chains: number;
  /** Chains whose new rows did not verify: their previous anchor is kept, and the error logged. */
  refused: BrokenLink[];
}

/**
 * Anchors the audit trail outside the database (the repeatable worker job): a signed checkpoint of
 * every chain head, appended to AUDIT_CHECKPOINT_DIR when any head moved since the last one. A
 * head is anchored only after the rows since its previous anchor verify with the key, so a chain
 * rewritten in the meantime is reported, never signed.
 */
@Injectable()
export class WriteAuditCheckpoint {
  private readonly logger = new Logger('audit');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly store: AuditCheckpointStore,
    private readonly verify: VerifyAuditChain,
  ) {}

  async execute(): Promise<CheckpointReport> {
    const reading = this.store.read();
    if (reading.problem) throw new Error(`audit checkpoints do not hold, none written: ${reading.problem}`);
    const last = reading.checkpoints[reading.checkpoints.length - 1] ?? null;
    const previous = new Map((last?.heads ?? []).map((h) => [h.chain, h]));
    const heads: { chain_key: string; seq: string; hash: string; keyed_from: string }[] =
      await this.dataSource.query(
        `SELECT chain_key, seq::text AS seq, hash, keyed_from::text AS keyed_from FROM audit_chain_heads ORDER BY chain_key`,
      );
    const next: CheckpointHead[] = [];
    const refused: BrokenLink[] = [];
    let moved = false;
    for (const h of heads) {
      const before = previous.get(h.chain_key) ?? null;
      previous.delete(h.chain_key);
      if (before && before.seq === h.seq && before.hash === h.hash) {
        next.push(before);
        continue;
      }
      const broken = await this.verify.verifySegment(h.chain_key, before, h);
      if (broken) {
        refused.push(broken);
        if (before) next.push(before);
        continue;
      }
      moved = true;
      next.push({
        chain: h.chain_key,
        seq: h.seq,
        hash: h.hash,
        keyedFrom: before?.keyedFrom ?? h.keyed_from,
      });
    }
    // A chain the last checkpoint knew but the database no longer has stays anchored (verify reports it).
    for (const gone of previous.values()) next.push(gone);
    next.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
    for (const b of refused) this.logger.error({ firstBroken: b }, 'AUDIT TRAIL BROKEN: chain not anchored');
    if (!moved) return { written: null, chains: next.length, refused };
    const cp = this.store.append(last, next, this.clock.now());
    this.logger.log({ n: cp.n, chains: next.length, dir: this.store.directory }, 'audit checkpoint written');
    return { written: cp.n, chains: next.length, refused };
  }
}
