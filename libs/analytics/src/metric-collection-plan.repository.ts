import type { Platform } from '@warta/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** One claimed step of a post's collection plan, with what the collector needs to read it. */
export interface ClaimedStep {
  postId: string;
  step: number;
  attempts: number;
  organizationId: string;
  socialAccountId: string;
  platform: Platform;
  platformPostId: string | null;
  metricsStatus: 'ok' | 'gone' | 'unavailable';
  /** The post's state now: only a post still published is read. */
  postState: string;
}

export interface PlanKey {
  postId: string;
  step: number;
}

export interface PlannedPosts {
  posts: number;
  steps: number;
}

/** How many failed reads a step gets before it is skipped for good. */
export const MAX_COLLECTION_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 5 * 60 * 1000;

/** 5 min, 20 min, 80 min, 5.3 h: roughly a day of retries before a step is given up. */
export function collectionBackoffMs(attemptsBefore: number): number {
  return BACKOFF_BASE_MS * 4 ** Math.max(0, attemptsBefore);
}

const keyArrays = (keys: readonly PlanKey[]): [string[], number[]] => [
  keys.map((k) => k.postId),
  keys.map((k) => k.step),
];

/**
 * `metric_collection_plan`: one row per published post and schedule step. The planner claims posts
 * through `posts.metrics_planned_at`; the collector claims due steps by pushing their `due_at` past
 * a lease (so a crashed worker's steps come back on their own) and then settles each one.
 */
@Injectable()
export class MetricCollectionPlanRepository {
  /**
   * Plans up to `limit` published, not yet planned posts, oldest first, in the caller's transaction:
   * marks them planned, inserts one step per scheduled offset after `published_at`, and counts each
   * post once in its node's `posts_published` for its local publish day. Steps already overtaken by
   * a later due step (a post planned long after it went out) are inserted as skipped, so a backlog
   * costs one read per post, not six.
   */
  async planPublished(
    manager: EntityManager,
    now: Date,
    scheduleMinutes: readonly number[],
    limit: number,
  ): Promise<PlannedPosts> {
    const posts: Array<{ id: string; published_at: Date }> = await manager.query(
      `SELECT p.id, p.published_at FROM posts p
        WHERE p.state = 'published' AND p.published_at IS NOT NULL AND p.metrics_planned_at IS NULL
        ORDER BY p.published_at
        LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    if (!posts.length) return { posts: 0, steps: 0 };
    const ids = posts.map((p) => p.id);
    await manager.query(`UPDATE posts SET metrics_planned_at = $2 WHERE id = ANY($1::uuid[])`, [ids, now]);

    const schedule = [...new Set(scheduleMinutes)].sort((a, b) => a - b);
    const rowPost: string[] = [];
    const rowStep: number[] = [];
    const rowDue: string[] = [];
    const rowStatus: string[] = [];
    for (const p of posts) {
      const dues = schedule.map((m) => new Date(p.published_at.getTime() + m * 60_000));
      dues.forEach((due, i) => {
        const overtaken = i + 1 < dues.length && dues[i + 1] <= now;
        rowPost.push(p.id);
        rowStep.push(i + 1);
        rowDue.push(due.toISOString());
        rowStatus.push(overtaken ? 'skipped' : 'pending');
      });
    }
    await manager.query(
      `INSERT INTO metric_collection_plan (post_id, step, due_at, status, last_error)
       SELECT post_id, step, due_at, status, CASE WHEN status = 'skipped' THEN 'overtaken by a later step' END
         FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::text[]) AS t(post_id, step, due_at, status)
       ON CONFLICT (post_id, step) DO NOTHING`,
      [rowPost, rowStep, rowDue, rowStatus],
    );
    await manager.query(
      `INSERT INTO node_platform_daily AS n (organization_id, platform, day, posts_published)
       SELECT p.organization_id, p.platform, (p.published_at AT TIME ZONE o.timezone)::date, count(*)
         FROM posts p JOIN organizations o ON o.id = p.organization_id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
       ON CONFLICT (organization_id, platform, day) DO UPDATE
         SET posts_published = n.posts_published + EXCLUDED.posts_published`,
      [ids],
    );
    return { posts: posts.length, steps: rowPost.length };
  }

  /**
   * Claims up to `limit` due pending steps (oldest due first), pushing their due time to
   * `leaseUntil`: other collectors skip them, and a collector that dies leaves them due again then.
   */
  async claimDue(manager: EntityManager, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedStep[]> {
    // An UPDATE answers [rows, affected count].
    const [rows]: [
      Array<{
        post_id: string;
        step: number;
        attempts: number;
        organization_id: string;
        social_account_id: string;
        platform: Platform;
        platform_post_id: string | null;
        metrics_status: ClaimedStep['metricsStatus'];
        state: string;
      }>,
      number,
    ] = await manager.query(
      `WITH due AS (
         SELECT post_id, step FROM metric_collection_plan
          WHERE status = 'pending' AND due_at <= $1
          ORDER BY due_at
          LIMIT $3
          FOR UPDATE SKIP LOCKED
       )
       UPDATE metric_collection_plan c SET due_at = $2
         FROM due, posts p
        WHERE c.post_id = due.post_id AND c.step = due.step AND p.id = c.post_id
       RETURNING c.post_id, c.step, c.attempts, p.organization_id, p.social_account_id, p.platform,
                 p.platform_post_id, p.metrics_status, p.state`,
      [now, leaseUntil, limit],
    );
    return rows.map((r) => ({
      postId: r.post_id,
      step: r.step,
      attempts: r.attempts,
      organizationId: r.organization_id,
      socialAccountId: r.social_account_id,
      platform: r.platform,
      platformPostId: r.platform_post_id,
      metricsStatus: r.metrics_status,
      postState: r.state,
    }));
  }

  async markDone(manager: EntityManager, keys: readonly PlanKey[]): Promise<void> {
    if (!keys.length) return;
    await manager.query(
      `UPDATE metric_collection_plan c SET status = 'done', last_error = NULL
         FROM unnest($1::uuid[], $2::int[]) AS k(post_id, step)
        WHERE c.post_id = k.post_id AND c.step = k.step AND c.status = 'pending'`,
      keyArrays(keys),
    );
  }

  async skip(manager: EntityManager, keys: readonly PlanKey[], reason: string): Promise<void> {
    if (!keys.length) return;
    await manager.query(
      `UPDATE metric_collection_plan c SET status = 'skipped', last_error = $3
         FROM unnest($1::uuid[], $2::int[]) AS k(post_id, step)
        WHERE c.post_id = k.post_id AND c.step = k.step AND c.status = 'pending'`,
      [...keyArrays(keys), reason],
    );
  }

  /** Every pending step of these posts (claimed or still to come) is skipped, and the posts marked. */
  async closePosts(
    manager: EntityManager,
    postIds: readonly string[],
    status: 'gone' | 'unavailable',
    reason: string,
  ): Promise<void> {
    if (!postIds.length) return;
    await manager.query(`UPDATE posts SET metrics_status = $2 WHERE id = ANY($1::uuid[])`, [postIds, status]);
    await manager.query(
      `UPDATE metric_collection_plan SET status = 'skipped', last_error = $2
        WHERE post_id = ANY($1::uuid[]) AND status = 'pending'`,
      [postIds, reason],
    );
  }

  /**
   * A rate limit or quota: these steps, and every other pending step of the account already due
   * before the reset, wait until `until` (not counted as a failed attempt).
   */
  async postponeAccount(
    manager: EntityManager,
    socialAccountId: string,
    keys: readonly PlanKey[],
    until: Date,
    reason: string,
  ): Promise<void> {
    if (keys.length) {
      await manager.query(
        `UPDATE metric_collection_plan c SET due_at = $3, last_error = $4
           FROM unnest($1::uuid[], $2::int[]) AS k(post_id, step)
          WHERE c.post_id = k.post_id AND c.step = k.step AND c.status = 'pending'`,
        [...keyArrays(keys), until, reason],
      );
    }
    await manager.query(
      `UPDATE metric_collection_plan c SET due_at = $2
         FROM posts p
        WHERE p.id = c.post_id AND p.social_account_id = $1 AND c.status = 'pending' AND c.due_at < $2`,
      [socialAccountId, until],
    );
  }

  /** A failed read: counted; retried after a growing delay, or skipped once attempts run out. */
  async failAttempt(
    manager: EntityManager,
    keys: readonly PlanKey[],
    error: string,
    now: Date,
  ): Promise<void> {
    if (!keys.length) return;
    await manager.query(
      `UPDATE metric_collection_plan c
          SET attempts = c.attempts + 1,
              last_error = left($3, 500),
              status = CASE WHEN c.attempts + 1 >= $5 THEN 'skipped' ELSE c.status END,
              due_at = $4::timestamptz + make_interval(secs => $6 * power(4, c.attempts))
         FROM unnest($1::uuid[], $2::int[]) AS k(post_id, step)
        WHERE c.post_id = k.post_id AND c.step = k.step AND c.status = 'pending'`,
      [...keyArrays(keys), error, now, MAX_COLLECTION_ATTEMPTS, BACKOFF_BASE_MS / 1000],
    );
  }
}
