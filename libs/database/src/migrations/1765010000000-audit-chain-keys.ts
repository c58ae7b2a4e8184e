import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes keyed: rows written from now on are chain version 2 (HMAC-SHA256 with
 * AUDIT_CHAIN_KEY, which the database never holds). Rows already written stay version 1 (plain
 * SHA-256) and are verified as before; `keyed_from` records, per chain, the first seq that must be
 * keyed (the head + 1 at the switch; 1 for chains begun after it). The signed checkpoints outside
 * the database repeat it, so lowering it here, or relabelling rows as version 1, is caught.
 */
export class AuditChainKeys1765010000000 implements MigrationInterface {
  name = 'AuditChainKeys1765010000000';

  async up(q: QueryRunner): Promise<void> {
    // Adding a column rewrites no row (no UPDATE trigger fires): every existing row reads as version 1.
    await q.query(
      `ALTER TABLE audit_events ADD COLUMN chain_version smallint NOT NULL DEFAULT 1 CHECK (chain_version IN (1, 2))`,
    );
    await q.query(`ALTER TABLE audit_chain_heads ADD COLUMN keyed_from bigint NOT NULL DEFAULT 1`);
    await q.query(`UPDATE audit_chain_heads SET keyed_from = seq + 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_chain_heads DROP COLUMN keyed_from`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN chain_version`);
  }
}
