import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `release_submissions`: what was sent for review each time a release was submitted (title, body,
 * link, tags and each draft's text, thread, first comment and media), so an approver can see what
 * changed since the version they last judged. Append-only, like approvals.
 */
export class ReleaseSubmissions1764950000000 implements MigrationInterface {
  name = 'ReleaseSubmissions1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE release_submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        release_id uuid NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        -- The release's version once submitted (the version the approver reads).
        release_version int NOT NULL CHECK (release_version >= 1),
        submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        submitted_at timestamptz(3) NOT NULL DEFAULT now(),
        snapshot jsonb NOT NULL
      )`);
    await q.query(
      `CREATE INDEX release_submissions_release_idx ON release_submissions (release_id, submitted_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE release_submissions`);
  }
}
