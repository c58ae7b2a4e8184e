import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consistency dashboard (issue 6) reads every node's posts per platform in the periods of its
 * range at once: one range of this covering index (period, start) read without touching the table,
 * hash-joined to the subtree's targets, instead of one primary-key range per node or a scan of
 * every period of every node.
 */
export class ConsistencyPeriodIndex1764900000000 implements MigrationInterface {
  name = 'ConsistencyPeriodIndex1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX node_platform_periods_period_start_idx ON node_platform_periods (period, start)
        INCLUDE (organization_id, platform, posts_published)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX node_platform_periods_period_start_idx`);
  }
}
