import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day the event a release reports took place ("Selasa (15/10)"), as the editor set it; null
 * when not set, and the composer then reads it from the release's opening. The title card and the
 * fact check use it instead of the day the release was typed.
 */
export class ReleaseEventDate1765000000000 implements MigrationInterface {
  name = 'ReleaseEventDate1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE releases ADD COLUMN event_date date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE releases DROP COLUMN event_date`);
  }
}
