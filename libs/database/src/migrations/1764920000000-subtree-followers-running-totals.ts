import { MigrationInterface, QueryRunner } from 'typeorm';
import { subtreeFollowersRefreshFunction } from './1764830000000-subtree-followers';

/** Per (node, platform), the running sums of `subtree_followers_daily`'s changes, in day order. */
const RUNNING_SUMS = `
  sum(y.delta) OVER w AS cum_delta,
  sum(y.first_followers) OVER w AS cum_first,
  sum(y.accounts) OVER w AS cum_accounts`;

/**
 * After a refresh: every (ancestor-or-self, platform) the diff touched gets its running totals
 * recomputed from its earliest touched day on, starting from its last row before that day.
 */
const ACCUMULATE = `
        EXECUTE $sql$
          WITH affected AS (
            SELECT anc.id AS organization_id, d.platform, min(d.day) AS m
              FROM subtree_followers_diff d
              JOIN organizations o ON o.id = d.organization_id
              CROSS JOIN LATERAL unnest(string_to_array(btrim(o.path, '/'), '/')::uuid[]) AS anc(id)
             GROUP BY 1, 2),
          running AS (
            SELECT a.organization_id, a.platform, r.day,
                   coalesce(b.cum_delta, 0) + r.cum_delta AS cum_delta,
                   coalesce(b.cum_first, 0) + r.cum_first AS cum_first,
                   coalesce(b.cum_accounts, 0) + r.cum_accounts AS cum_accounts
              FROM affected a
              LEFT JOIN LATERAL (SELECT p.cum_delta, p.cum_first, p.cum_accounts FROM subtree_followers_daily p
                                  WHERE p.organization_id = a.organization_id AND p.platform = a.platform
                                    AND p.day < a.m
                                  ORDER BY p.day DESC LIMIT 1) b ON true
              CROSS JOIN LATERAL (
                SELECT y.day, ${RUNNING_SUMS} FROM subtree_followers_daily y
                 WHERE y.organization_id = a.organization_id AND y.platform = a.platform AND y.day >= a.m
                WINDOW w AS (ORDER BY y.day)) r)
          UPDATE subtree_followers_daily s
             SET cum_delta = r.cum_delta, cum_first = r.cum_first, cum_accounts = r.cum_accounts
            FROM running r
           WHERE s.organization_id = r.organization_id AND s.platform = r.platform AND s.day = r.day
             AND (s.cum_delta, s.cum_first, s.cum_accounts) IS DISTINCT FROM (r.cum_delta, r.cum_first, r.cum_accounts)
        $sql$;`;

/**
 * Running totals on the follower rollup (issue 6, leaderboard): each `subtree_followers_daily` row
 * also holds the sums of its node and platform's changes, first counts and first-seen accounts up to
 * and including its day. A child's followers at a range's edges are then two index probes per
 * platform — its last row on or before the end, its last row before the start — instead of summing
 * every daily row up to the end (a year of history: ~1,000 rows per child per leaderboard request).
 *
 * Kept by the same statement triggers: after a refresh applies its per-day diff, each touched
 * (ancestor-or-self, platform) is re-accumulated from its earliest touched day on. The collector's
 * daily counts touch only the newest day, so that is one row per ancestor and platform; a backfill
 * of old days rewrites the rows after them.
 */
export class SubtreeFollowersRunningTotals1764920000000 implements MigrationInterface {
  name = 'SubtreeFollowersRunningTotals1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE subtree_followers_daily
        ADD COLUMN cum_delta bigint NOT NULL DEFAULT 0,
        ADD COLUMN cum_first bigint NOT NULL DEFAULT 0,
        ADD COLUMN cum_accounts bigint NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE subtree_followers_daily s
         SET cum_delta = r.cum_delta, cum_first = r.cum_first, cum_accounts = r.cum_accounts
        FROM (SELECT y.organization_id, y.platform, y.day, ${RUNNING_SUMS}
                FROM subtree_followers_daily y
              WINDOW w AS (PARTITION BY y.organization_id, y.platform ORDER BY y.day)) r
       WHERE s.organization_id = r.organization_id AND s.platform = r.platform AND s.day = r.day`);
    await q.query(subtreeFollowersRefreshFunction(ACCUMULATE));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(subtreeFollowersRefreshFunction(''));
    await q.query(`
      ALTER TABLE subtree_followers_daily
        DROP COLUMN cum_delta, DROP COLUMN cum_first, DROP COLUMN cum_accounts`);
  }
}
