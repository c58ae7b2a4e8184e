import { MigrationInterface, QueryRunner } from 'typeorm';

/** The retention job finds finished webhook deliveries by age (pending ones are never purged). */
export class NotificationRetentionIndex1764960000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX webhook_deliveries_finished_created_idx ON webhook_deliveries (created_at) WHERE status <> 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webhook_deliveries_finished_created_idx`);
  }
}
