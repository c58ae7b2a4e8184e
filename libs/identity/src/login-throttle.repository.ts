import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Failed-login counters in fixed windows, kept in Postgres so every api replica shares them.
 * Keys look like `account:<email>` and `ip:<address>`.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Failures recorded for `key` in the window that is still open at `now`. */
  async failures(
    key: string,
    now: Date,
    windowSeconds: number,
  ): Promise<{ count: number; windowEndsAt: Date }> {
    const rows: { failures: number; window_started_at: Date }[] = await this.dataSource.query(
      `SELECT failures, window_started_at FROM login_throttle WHERE key = $1`,
      [key],
    );
    const row = rows[0];
    if (!row) return { count: 0, windowEndsAt: now };
    const endsAt = new Date(row.window_started_at.getTime() + windowSeconds * 1000);
    return endsAt > now ? { count: row.failures, windowEndsAt: endsAt } : { count: 0, windowEndsAt: now };
  }

  /** Records one failure, atomically opening a new window when the old one has expired. */
  async recordFailure(key: string, now: Date, windowSeconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle (key, failures, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_started_at + make_interval(secs => $3) > $2
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_throttle.window_started_at + make_interval(secs => $3) > $2
                         THEN login_throttle.window_started_at ELSE $2 END`,
      [key, now, windowSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const r: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM login_throttle WHERE window_started_at < $1`,
      [cutoff],
    );
    return r[1];
  }
}
