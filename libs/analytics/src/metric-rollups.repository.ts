import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { METRIC_NAMES } from './metric-rollups';

/** A post that received snapshots, and the earliest capture time among them. */
export interface TouchedPost {
  postId: string;
  since: Date;
}

const M = METRIC_NAMES;
const cols = M.join(', ');
const lockKey = (prefix: string, expr: string) => `hashtextextended('${prefix}:' || ${expr}, 0)`;

/**
 * Keeps `post_metrics_daily` and the metric columns of `node_platform_daily` equal to what
 * `computeRollups` would compute from every raw snapshot, touching only what new snapshots can
 * change: for each touched post, its rows from the local day of its earliest new snapshot onward
 * (late and out-of-order snapshots shift every later day), then the node x platform x day keys
 * those rows fall on, summed again over all of the node's posts.
 *
 * Runs inside the caller's transaction, after the snapshots are inserted. Transaction-scoped
 * advisory locks (posts, then node x platform keys, each in sorted order) make concurrent
 * collectors wait for each other, so each recomputation reads the other's committed snapshots
 * instead of overwriting them with a stale sum.
 */
@Injectable()
export class MetricRollupsRepository {
  async refresh(manager: EntityManager, touched: readonly TouchedPost[]): Promise<void> {
    if (!touched.length) return;
    const { postIds, since } = earliestPerPost(touched);

    // These statements touch few rows but the planner's estimates for array parameters are rough;
    // LLVM JIT then compiles them for ~0.5 s each, 50x the query itself. Off for this transaction.
    await manager.query(`SET LOCAL jit = off`);
    await this.lockPosts(manager, postIds);
    await this.refreshPostDays(manager, postIds, since);
    const keys = await this.nodeKeysFrom(manager, postIds, since);
    if (!keys.length) return;
    const orgs = keys.map((k) => k.organization_id);
    const platforms = keys.map((k) => k.platform);
    const days = keys.map((k) => k.day);
    await this.lockNodeKeys(manager, orgs, platforms);
    await this.refreshNodeDays(manager, orgs, platforms, days);
  }

  private async lockPosts(manager: EntityManager, postIds: string[]): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(${lockKey('metrics-post', 'id::text')})
         FROM (SELECT unnest($1::uuid[]) AS id ORDER BY 1) t`,
      [postIds],
    );
  }

  /** Recomputes each touched post's daily rows from the local day of its earliest new snapshot. */
  private async refreshPostDays(manager: EntityManager, postIds: string[], since: string[]): Promise<void> {
    // LATERAL lookups (OFFSET 0 keeps them from being flattened into joins) keep every step on an
    // index by post id: the planner cannot see how few ids the arrays hold and may scan whole tables.
    await manager.query(
      `WITH touched AS MATERIALIZED (
         SELECT t.post_id, p.organization_id, p.social_account_id, p.platform, o.timezone,
                (t.since AT TIME ZONE o.timezone)::date AS from_day
           FROM unnest($1::uuid[], $2::timestamptz[]) AS t(post_id, since)
           CROSS JOIN LATERAL (
             SELECT organization_id, social_account_id, platform FROM posts WHERE id = t.post_id OFFSET 0) p
           CROSS JOIN LATERAL (SELECT timezone FROM organizations WHERE id = p.organization_id OFFSET 0) o
       ), per_day AS MATERIALIZED (
         SELECT t.post_id, x.*
           FROM touched t
           CROSS JOIN LATERAL (
             SELECT (s.captured_at AT TIME ZONE t.timezone)::date AS day,
                    ${M.map(
                      (m) =>
                        `(array_agg(s.${m} ORDER BY s.captured_at DESC, s.id DESC) FILTER (WHERE s.${m} IS NOT NULL))[1] AS ${m}`,
                    ).join(',\n                    ')}
               FROM metric_snapshots s
              WHERE s.post_id = t.post_id
              GROUP BY 1
           ) x
       ), cumulative AS (
         SELECT d.post_id, d.day,
                ${M.map(
                  (m) =>
                    `COALESCE((array_agg(e.${m} ORDER BY e.day DESC) FILTER (WHERE e.${m} IS NOT NULL))[1], 0) AS ${m}`,
                ).join(',\n                ')}
           FROM per_day d
           JOIN touched t ON t.post_id = d.post_id AND d.day >= t.from_day
           JOIN per_day e ON e.post_id = d.post_id AND e.day <= d.day
          GROUP BY d.post_id, d.day
       )
       INSERT INTO post_metrics_daily AS r (post_id, day, organization_id, social_account_id, platform, ${cols})
       SELECT c.post_id, c.day, t.organization_id, t.social_account_id, t.platform, ${M.map((m) => `c.${m}`).join(', ')}
         FROM cumulative c JOIN touched t ON t.post_id = c.post_id
        ORDER BY c.post_id, c.day
       ON CONFLICT (post_id, day) DO UPDATE SET ${M.map((m) => `${m} = EXCLUDED.${m}`).join(', ')}
        WHERE (${M.map((m) => `r.${m}`).join(', ')}) IS DISTINCT FROM (${M.map((m) => `EXCLUDED.${m}`).join(', ')})`,
      [postIds, since],
    );
  }

  /** The node keys whose sums can have moved: every day of a touched post from its first changed day. */
  private async nodeKeysFrom(manager: EntityManager, postIds: string[], since: string[]): Promise<NodeKey[]> {
    const keys: NodeKey[] = await manager.query(
      `SELECT DISTINCT d.organization_id, d.platform, d.day::text AS day
         FROM unnest($1::uuid[], $2::timestamptz[]) AS t(post_id, since)
         CROSS JOIN LATERAL (SELECT organization_id FROM posts WHERE id = t.post_id OFFSET 0) p
         CROSS JOIN LATERAL (SELECT timezone FROM organizations WHERE id = p.organization_id OFFSET 0) o
         CROSS JOIN LATERAL (
           SELECT organization_id, platform, day FROM post_metrics_daily
            WHERE post_id = t.post_id AND day >= (t.since AT TIME ZONE o.timezone)::date OFFSET 0) d
        ORDER BY 1, 2, 3`,
      [postIds, since],
    );
    return keys;
  }

  private async lockNodeKeys(manager: EntityManager, orgs: string[], platforms: string[]): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(${lockKey('metrics-node', "org::text || ':' || platform")})
         FROM (SELECT DISTINCT org, platform FROM unnest($1::uuid[], $2::text[]) AS k(org, platform) ORDER BY 1, 2) t`,
      [orgs, platforms],
    );
  }

  /** Sums the node x platform x day keys again over all of the node's posts. */
  private async refreshNodeDays(
    manager: EntityManager,
    orgs: string[],
    platforms: string[],
    days: string[],
  ): Promise<void> {
    await manager.query(
      `WITH keys AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[]) AS k(organization_id, platform, day)
       ), gains AS (
         SELECT k.organization_id, k.platform, k.day,
                ${M.map((m) => `sum(r.${m} - COALESCE(prev.${m}, 0))::bigint AS ${m}`).join(',\n                ')}
           FROM keys k
           JOIN post_metrics_daily r
             ON r.organization_id = k.organization_id AND r.platform = k.platform AND r.day = k.day
           LEFT JOIN LATERAL (
             SELECT ${cols} FROM post_metrics_daily q
              WHERE q.post_id = r.post_id AND q.day < r.day
              ORDER BY q.day DESC LIMIT 1
           ) prev ON true
          GROUP BY k.organization_id, k.platform, k.day
       )
       INSERT INTO node_platform_daily AS n (organization_id, platform, day, ${cols})
       SELECT organization_id, platform, day, ${cols} FROM gains
        ORDER BY organization_id, platform, day
       ON CONFLICT (organization_id, platform, day) DO UPDATE SET ${M.map((m) => `${m} = EXCLUDED.${m}`).join(', ')}
        WHERE (${M.map((m) => `n.${m}`).join(', ')}) IS DISTINCT FROM (${M.map((m) => `EXCLUDED.${m}`).join(', ')})`,
      [orgs, platforms, days],
    );
  }
}

interface NodeKey {
  organization_id: string;
  platform: string;
  day: string;
}

/** Touched posts in sorted order (the lock order), each with its earliest new capture time. */
function earliestPerPost(touched: readonly TouchedPost[]): { postIds: string[]; since: string[] } {
  const earliest = new Map<string, Date>();
  for (const t of touched) {
    const seen = earliest.get(t.postId);
    if (!seen || t.since < seen) earliest.set(t.postId, t.since);
  }
  const postIds = [...earliest.keys()].sort();
  const since = postIds.map((id) => earliest.get(id)!.toISOString());
  return { postIds, since };
}
