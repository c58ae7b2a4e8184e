import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists page through nodes in (created_at, id) order; with this index a page over a 10,000-node
 * subtree reads ~limit rows in order instead of sorting the whole subtree on every request.
 */
export class OrganizationListOrder1764290000000 implements MigrationInterface {
  name = 'OrganizationListOrder1764290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX organizations_created_at_id_idx ON organizations (created_at, id)`);
    await q.query(`CREATE INDEX audit_events_created_id_idx ON audit_events (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_created_id_idx`);
    await q.query(`DROP INDEX organizations_created_at_id_idx`);
  }
}
