import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling by growing delays instead of a lockout: each counter remembers its last failure
 * (the delay runs from it), and "has this user signed in from this address before" is an index
 * lookup on the sessions it started.
 */
export class LoginThrottleDelays1764950000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_throttle ADD COLUMN last_failure_at timestamptz(3)`);
    await q.query(`UPDATE login_throttle SET last_failure_at = window_started_at`);
    await q.query(`ALTER TABLE login_throttle ALTER COLUMN last_failure_at SET NOT NULL`);
    await q.query(`CREATE INDEX login_throttle_last_failure_at_idx ON login_throttle (last_failure_at)`);
    await q.query(`CREATE INDEX refresh_tokens_user_id_ip_idx ON refresh_tokens (user_id, ip)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX refresh_tokens_user_id_ip_idx`);
    await q.query(`DROP INDEX login_throttle_last_failure_at_idx`);
    await q.query(`ALTER TABLE login_throttle DROP COLUMN last_failure_at`);
  }
}
