import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ThrottleCounter {
  key: string;
  failures: number;
  lastFailureAt: Date;
}

/**
 * Failed-login counters, kept in Postgres so every api replica shares them. A counter is forgotten
 * once `forgetAfterSeconds` pass without a failure. Keys look like `pair:<email>|<address>`,
 * `ip:<address>` and `account:<email>` (see Login for what each one limits).
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The live counters among `keys` (one round trip for all of them). */
  async counters(keys: string[], now: Date, forgetAfterSeconds: number): Promise<ThrottleCounter[]> {
    if (!keys.length) return [];
    const rows: { key: string; failures: number; last_failure_at: Date }[] = await this.dataSource.query(
      `SELECT key, failures, last_failure_at FROM login_throttle
        WHERE key = ANY($1::text[]) AND last_failure_at + make_interval(secs => $3) > $2`,
      [keys, now, forgetAfterSeconds],
    );
    return rows.map((r) => ({ key: r.key, failures: r.failures, lastFailureAt: r.last_failure_at }));
  }

  /** Records one failure on each key, starting over on a counter that was already forgotten. */
  async recordFailure(keys: string[], now: Date, forgetAfterSeconds: number): Promise<void> {
    if (!keys.length) return;
    await this.dataSource.query(
      `INSERT INTO login_throttle (key, failures, window_started_at, last_failure_at)
       SELECT k, 1, $2, $2 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.last_failure_at + make_interval(secs => $3) > $2
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_throttle.last_failure_at + make_interval(secs => $3) > $2
                         THEN login_throttle.window_started_at ELSE $2 END,
         last_failure_at = $2`,
      [keys, now, forgetAfterSeconds],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const r: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM login_throttle WHERE last_failure_at < $1`,
      [cutoff],
    );
    return r[1];
  }
}
