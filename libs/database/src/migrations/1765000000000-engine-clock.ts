import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one clock every decision about a post is taken on: the database's. `warta_now()` is
 * clock_timestamp() plus an offset that production leaves at 0; tests move time by setting it
 * (`UPDATE warta_clock SET offset_ms = ...`), which every connection and every process sees at once.
 */
export class EngineClock1765000000000 implements MigrationInterface {
  name = 'EngineClock1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE warta_clock (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        offset_ms bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO warta_clock DEFAULT VALUES`);
    // Volatile: the time of the statement that calls it, read once per call (statements that use it
    // for many rows read it once in a sub-select).
    await q.query(`
      CREATE FUNCTION warta_now() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
        SELECT clock_timestamp() + COALESCE((SELECT offset_ms FROM warta_clock), 0) * interval '1 millisecond'
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION warta_now()`);
    await q.query(`DROP TABLE warta_clock`);
  }
}
