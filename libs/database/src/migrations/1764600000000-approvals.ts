import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval decisions on releases: one row per decision, never updated. `release_version` is the
 * version of the release the approver saw, so a decision can always be tied to the text it judged.
 * `step` is 1 or 2 (the second step exists only under a 'two_step' approval policy).
 */
export class Approvals1764600000000 implements MigrationInterface {
  name = 'Approvals1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        release_id uuid NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        release_version int NOT NULL CHECK (release_version >= 1),
        step int NOT NULL CHECK (step IN (1, 2)),
        decision text NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
        comment text,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX approvals_release_decided_idx ON approvals (release_id, decided_at, id)`);
    // When the release last entered review: the approver queue reads in_review releases oldest first.
    await q.query(`ALTER TABLE releases ADD COLUMN submitted_at timestamptz(3)`);
    // Anything already waiting entered review no later than its last change.
    await q.query(`UPDATE releases SET submitted_at = updated_at WHERE status = 'in_review'`);
    await q.query(`CREATE INDEX releases_status_submitted_idx ON releases (status, submitted_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX releases_status_submitted_idx`);
    await q.query(`ALTER TABLE releases DROP COLUMN submitted_at`);
    await q.query(`DROP TABLE approvals`);
  }
}
