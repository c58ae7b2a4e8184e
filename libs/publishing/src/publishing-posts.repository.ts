import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import type { Platform } from '@warta/core';
import type { PreparedPost } from '@warta/connectors';
import { boolArray, int4Array, jsonbArray, textArray, timestamptzArray, uuidArray } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import { EngineClock } from './engine-clock';
import { PostState } from './post-state';

/** posts.content as publishing reads it (libs/releases owns the full shape). */
export interface PublishContent {
  text: string;
  thread?: string[];
  firstComment?: string;
  media: {
    source: 'asset' | 'rendition';
    id: string;
    purpose: 'original' | 'instagram_padded' | 'title_card';
    mediaKind: 'image' | 'gif' | 'video';
    mime: string;
    altText?: string;
  }[];
}

/** One post as the publishing engine sees it. */
export interface PublishRow {
  id: string;
  organizationId: string;
  releaseId: string;
  socialAccountId: string;
  platform: Platform;
  content: PublishContent;
  state: PostState;
  version: number;
  publishAt: Date | null;
  publishZone: string | null;
  nextAttemptAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  attemptCount: number;
  reconcileTries: number;
  prepared: PreparedPost | null;
  containerId: string | null;
  currentAttemptId: string | null;
  platformPostId: string | null;
  childIds: string[];
  permalink: string | null;
  publishedAt: Date | null;
  lastErrorClass: string | null;
  lastErrorMessage: string | null;
  lateToleranceMinutes: number | null;
  /**
   * The database's time (`warta_now()`) when this row was read or written, and this process's
   * monotonic clock when the answer arrived: "now" for a decision about this row is the first plus
   * the time elapsed since the second, never ahead of the database. Null for rows read without it.
   */
  readAt: Date | null;
  readMono: number;
}

interface Row {
  id: string;
  organization_id: string;
  release_id: string;
  social_account_id: string;
  platform: Platform;
  content: PublishContent;
  state: PostState;
  version: number;
  publish_at: Date | null;
  publish_zone: string | null;
  next_attempt_at: Date | null;
  lease_owner: string | null;
  lease_until: Date | null;
  attempt_count: number;
  reconcile_tries: number;
  prepared: PreparedPost | null;
  container_id: string | null;
  current_attempt_id: string | null;
  platform_post_id: string | null;
  child_ids: string[];
  permalink: string | null;
  published_at: Date | null;
  last_error_class: string | null;
  last_error_message: string | null;
  late_tolerance_minutes: number | null;
  db_now?: Date | null;
}

/**
 * The database's time, read once per statement: `warta_now()` in a FROM sub-select would be read
 * again for every row of a nested loop (measured: 35 µs a row in commit point 1 of 200 posts).
 */
export const NOW_CTE = 'WITH c AS MATERIALIZED (SELECT warta_now() AS now) ';

/** Every column but the two documents (content, prepared): what a write that already knows them reads back. */
const SMALL_COLUMNS = `p.id, p.organization_id, p.release_id, p.social_account_id, p.platform, p.state,
  p.version, p.publish_at, p.publish_zone, p.next_attempt_at, p.lease_owner, p.lease_until, p.attempt_count,
  p.reconcile_tries, p.container_id, p.current_attempt_id, p.platform_post_id, p.child_ids,
  p.permalink, p.published_at, p.last_error_class, p.last_error_message`;
const COLUMNS = `${SMALL_COLUMNS}, p.content, p.prepared`;

function toRow(r: Row): PublishRow {
  return {
    id: r.id,
    organizationId: r.organization_id,
    releaseId: r.release_id,
    socialAccountId: r.social_account_id,
    platform: r.platform,
    content: r.content,
    state: r.state,
    version: r.version,
    publishAt: r.publish_at,
    publishZone: r.publish_zone,
    nextAttemptAt: r.next_attempt_at,
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until,
    attemptCount: r.attempt_count,
    reconcileTries: r.reconcile_tries,
    prepared: r.prepared,
    containerId: r.container_id,
    currentAttemptId: r.current_attempt_id,
    platformPostId: r.platform_post_id,
    childIds: r.child_ids ?? [],
    permalink: r.permalink,
    publishedAt: r.published_at,
    lastErrorClass: r.last_error_class,
    lastErrorMessage: r.last_error_message,
    lateToleranceMinutes: r.late_tolerance_minutes ?? null,
    readAt: r.db_now ? new Date(r.db_now) : null,
    readMono: performance.now(),
  };
}

export interface AttemptRow {
  id: string;
  postVersion: number;
  kind: 'post' | 'thread_part' | 'first_comment';
  partIndex: number;
  workerId: string;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: 'pending' | 'sent' | 'rejected' | 'unknown' | 'found' | 'absent' | 'resolved';
  platformId: string | null;
  errorClass: string | null;
  errorMessage: string | null;
}

/** A worker-side change: applied only while the row is still in `from` at `version` (and, when
 * given, still leased by `leaseOwner`). Returns the row after the change, or null when it moved. */
export interface GuardedUpdate {
  id: string;
  version: number;
  from: PostState[];
  leaseOwner?: string | null;
  set: Partial<{
    state: PostState;
    leaseOwner: string | null;
    leaseUntil: Date | null;
    nextAttemptAt: Date | null;
    prepared: PreparedPost | null;
    containerId: string | null;
    currentAttemptId: string | null;
    platformPostId: string | null;
    permalink: string | null;
    publishedAt: Date | null;
    lastErrorClass: string | null;
    lastErrorMessage: string | null;
    reconcileTries: number;
    childIds: string[];
  }>;
  incrementAttempts?: boolean;
  /** Only if the row's lease (if any) has run out on the database's clock (taking over from a holder that died). */
  leaseExpired?: boolean;
}

/**
 * One claim: take the lease on a post at `version` in one of `from`, moving it to `to`. Granted on
 * the database's clock only: no lease is held at `warta_now()`, and the post is due by then.
 */
export interface Claim {
  id: string;
  version: number;
  from: PostState[];
  to: PostState;
  owner: string;
  /** The instant (from the row: its minute, its retry time) before which it must not be granted; null: any time. */
  notBefore: Date | null;
  leaseMs: number;
}

/** Commit point 1 of one post: SENDING under `owner`'s lease, with attempt `attemptId`. */
export interface BeginSend {
  id: string;
  version: number;
  owner: string;
  /**
   * False: the post is PREPARING or READY under `owner`'s lease. True: it is waiting (nothing to
   * prepare) or READY, free of leases on the database's clock; the lease is taken in the same commit.
   */
  claim: boolean;
  /** The version's content as the caller read it (content never changes within a version). */
  content: PublishContent;
  prepared: PreparedPost;
  /** The lease SENDING is held under, from the commit (on the database's clock). */
  leaseMs: number;
  attemptId: string;
  workerId: string;
}

/** Commit point 2 of one post: what the platform answered for attempt `attemptId`. */
export interface RecordPublished {
  id: string;
  version: number;
  attemptId: string;
  platformPostId: string;
  permalink: string | null;
  publishedAt: Date;
  outcome: 'sent' | 'found';
}

const SET_COLUMNS: Record<keyof GuardedUpdate['set'], [string, boolean]> = {
  state: ['state', false],
  leaseOwner: ['lease_owner', false],
  leaseUntil: ['lease_until', false],
  nextAttemptAt: ['next_attempt_at', false],
  prepared: ['prepared', true],
  containerId: ['container_id', false],
  currentAttemptId: ['current_attempt_id', false],
  platformPostId: ['platform_post_id', false],
  permalink: ['permalink', false],
  publishedAt: ['published_at', false],
  lastErrorClass: ['last_error_class', false],
  lastErrorMessage: ['last_error_message', false],
  reconcileTries: ['reconcile_tries', false],
  childIds: ['child_ids', false],
};

/** The publishing engine's reads and guarded writes on `posts` and `publish_attempts`. */
@Injectable()
export class PublishingPostsRepository {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly engineClock: EngineClock,
  ) {}

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<PublishRow | null> {
    const rows: (Row & { db_now: Date })[] = await manager.query(
      `SELECT ${COLUMNS}, o.late_tolerance_minutes, warta_now() AS db_now
         FROM posts p JOIN organizations o ON o.id = p.organization_id
        WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`,
      [id],
    );
    this.engineClock.observe(rows[0]?.db_now);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * The conditional UPDATE every worker transition goes through: the WHERE clause is the
   * compare-and-set that makes two actors unable to both apply a change.
   */
  async guardedUpdate(
    u: GuardedUpdate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PublishRow | null> {
    const params: unknown[] = [u.id, u.version, u.from];
    const sets: string[] = ['updated_at = now()'];
    for (const [key, value] of Object.entries(u.set) as [keyof GuardedUpdate['set'], unknown][]) {
      const [column, json] = SET_COLUMNS[key];
      params.push(json && value !== null ? JSON.stringify(value) : value);
      sets.push(`${column} = $${params.length}`);
    }
    if (u.set.state) sets.push('state_changed_at = now()');
    if (u.incrementAttempts) sets.push('attempt_count = attempt_count + 1');
    let where = 'id = $1 AND version = $2 AND state = ANY($3)';
    if (u.leaseOwner !== undefined) {
      params.push(u.leaseOwner);
      where += ` AND lease_owner IS NOT DISTINCT FROM $${params.length}`;
    }
    if (u.leaseExpired) where += ' AND (lease_until IS NULL OR lease_until < warta_now())';
    const [rows]: [Row[], number] = await manager.query(
      `UPDATE posts p SET ${sets.join(', ')} WHERE ${where} RETURNING ${COLUMNS}, NULL::int AS late_tolerance_minutes`,
      params,
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Takes the lease on a post that is due (`notBefore` passed) and whose previous holder's lease (if
   * any) ran out, both on the database's clock (`warta_now()`, which tests move by its offset).
   */
  async claim(
    id: string,
    version: number,
    from: PostState[],
    to: PostState,
    owner: string,
    notBefore: Date | null,
    leaseMs: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PublishRow | null> {
    const [rows]: [(Row & { db_now: Date })[], number] = await manager.query(
      `${NOW_CTE}UPDATE posts p SET state = $4, lease_owner = $5, lease_until = c.now + $6 * interval '1 millisecond',
              state_changed_at = now(), updated_at = now()
         FROM c
        WHERE p.id = $1 AND p.version = $2 AND p.state = ANY($3) AND (p.lease_until IS NULL OR p.lease_until < c.now)
          AND ($7::timestamptz IS NULL OR $7::timestamptz <= c.now)
        RETURNING ${COLUMNS}, NULL::int AS late_tolerance_minutes, c.now AS db_now`,
      [id, version, from, to, owner, leaseMs, notBefore],
    );
    this.engineClock.observe(rows[0]?.db_now);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Several posts by id in one query (rows that do not exist are absent from the map). */
  async findMany(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PublishRow>> {
    const rows: (Row & { db_now: Date })[] = await manager.query(
      `${NOW_CTE}SELECT ${COLUMNS}, o.late_tolerance_minutes, c.now AS db_now
         FROM posts p JOIN organizations o ON o.id = p.organization_id CROSS JOIN c
        WHERE p.id = ANY($1::uuid[])`,
      [uuidArray(ids)],
    );
    this.engineClock.observe(rows[0]?.db_now);
    return new Map(rows.map((r) => [r.id, toRow(r)]));
  }

  /**
   * `claim` for several posts in one statement. Each claim carries its own lease owner (unique per
   * job run), which tells whose claim won when two in one batch name the same post.
   */
  async claimMany(
    claims: Claim[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(PublishRow | null)[]> {
    const [rows]: [(Row & { db_now: Date })[], number] = await manager.query(
      `${NOW_CTE}UPDATE posts p SET state = t.to_state, lease_owner = t.owner,
              lease_until = c.now + t.lease_ms * interval '1 millisecond',
              state_changed_at = now(), updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[])
           AS t(id, version, from_states, to_state, owner, lease_ms, not_before)
         CROSS JOIN c
        WHERE p.id = t.id AND p.version = t.version AND p.state = ANY(string_to_array(t.from_states, ','))
          AND (p.lease_until IS NULL OR p.lease_until < c.now)
          AND (t.not_before IS NULL OR t.not_before <= c.now)
        RETURNING ${COLUMNS}, NULL::int AS late_tolerance_minutes, c.now AS db_now`,
      [
        uuidArray(claims.map((c) => c.id)),
        int4Array(claims.map((c) => c.version)),
        textArray(claims.map((c) => c.from.join(','))),
        textArray(claims.map((c) => c.to)),
        textArray(claims.map((c) => c.owner)),
        int4Array(claims.map((c) => c.leaseMs)),
        timestamptzArray(claims.map((c) => c.notBefore)),
      ],
    );
    this.engineClock.observe(rows[0]?.db_now);
    const byOwner = new Map(rows.map((r) => [r.lease_owner, toRow(r)]));
    return claims.map((c) => byOwner.get(c.owner) ?? null);
  }

  /**
   * Commit point 1 for several posts (run it inside one transaction): each moves to SENDING under
   * its lease and gets its pending attempt row. Answers the rows that moved (null where a post had
   * moved on), and how many attempt rows went in: fewer than the rows that moved means another send
   * of one of them is still pending, and the caller must roll the whole batch back.
   */
  async beginSends(
    manager: EntityManager,
    sends: BeginSend[],
  ): Promise<{ rows: (PublishRow | null)[]; attemptsInserted: number }> {
    // The lease of SENDING starts at the commit, on the database's clock, and the post must be due
    // on that clock (whatever the worker's own clock said when BullMQ handed it the job).
    const [rows]: [(Row & { attempt_id: string; db_now: Date })[], number] = await manager.query(
      `${NOW_CTE}UPDATE posts p SET state = 'sending', prepared = t.prepared, container_id = t.container_id,
              lease_owner = t.owner, lease_until = c.now + t.lease_ms * interval '1 millisecond',
              current_attempt_id = t.attempt_id,
              next_attempt_at = NULL, attempt_count = p.attempt_count + 1, state_changed_at = now(),
              updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[], $5::text[], $6::int[], $7::uuid[],
                     $8::boolean[])
           AS t(id, version, owner, prepared, container_id, lease_ms, attempt_id, claim)
         CROSS JOIN c
        WHERE p.id = t.id AND p.version = t.version
          AND (p.publish_at IS NULL OR p.publish_at <= c.now)
          AND (p.next_attempt_at IS NULL OR p.next_attempt_at <= c.now)
          AND CASE WHEN t.claim
                THEN p.state IN ('scheduled', 'queued', 'retry_wait', 'ready')
                     AND (p.lease_until IS NULL OR p.lease_until < c.now)
                ELSE p.state IN ('preparing', 'ready') AND p.lease_owner IS NOT DISTINCT FROM t.owner
              END
        RETURNING ${SMALL_COLUMNS}, NULL::int AS late_tolerance_minutes, t.attempt_id, c.now AS db_now`,
      [
        uuidArray(sends.map((s) => s.id)),
        int4Array(sends.map((s) => s.version)),
        textArray(sends.map((s) => s.owner)),
        jsonbArray(sends.map((s) => s.prepared)),
        textArray(sends.map((s) => s.prepared.containerId ?? null)),
        int4Array(sends.map((s) => s.leaseMs)),
        uuidArray(sends.map((s) => s.attemptId)),
        boolArray(sends.map((s) => s.claim)),
      ],
    );
    this.engineClock.observe(rows[0]?.db_now);
    // The documents are not read back: the version pins the content, and prepared is what we wrote.
    const byAttempt = new Map(sends.map((s) => [s.attemptId, s]));
    const moved = new Map(
      rows.map((r) => {
        const s = byAttempt.get(r.attempt_id)!;
        return [r.attempt_id, toRow({ ...r, content: s.content, prepared: s.prepared })];
      }),
    );
    const started = sends.filter((s) => moved.has(s.attemptId));
    let attemptsInserted = 0;
    if (started.length) {
      // started_at on the database's clock too: reconciliation compares it with warta_now().
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO publish_attempts (id, post_id, post_version, kind, part_index, worker_id, started_at)
         SELECT a.id, a.post_id, a.post_version, 'post', 0, a.worker_id, $5::timestamptz
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[])
             AS a(id, post_id, post_version, worker_id)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          uuidArray(started.map((s) => s.attemptId)),
          uuidArray(started.map((s) => s.id)),
          int4Array(started.map((s) => s.version)),
          textArray(started.map((s) => s.workerId)),
          rows[0].db_now,
        ],
      );
      attemptsInserted = inserted.length;
    }
    return { rows: sends.map((s) => moved.get(s.attemptId) ?? null), attemptsInserted };
  }

  /**
   * Commit point 2 for several posts (inside one transaction): PUBLISHED with the platform's id for
   * each post still sending this attempt, and every attempt row finished. Answers which posts moved.
   */
  async recordPublishedMany(manager: EntityManager, items: RecordPublished[]): Promise<boolean[]> {
    const [rows]: [{ attempt_id: string }[], number] = await manager.query(
      `UPDATE posts p SET state = 'published', platform_post_id = t.platform_id, permalink = t.permalink,
              published_at = t.published_at, lease_owner = NULL, lease_until = NULL, next_attempt_at = NULL,
              last_error_class = NULL, last_error_message = NULL, state_changed_at = now(), updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[])
           AS t(id, version, attempt_id, platform_id, permalink, published_at)
        WHERE p.id = t.id AND p.version = t.version AND p.current_attempt_id = t.attempt_id
          AND p.state IN ('sending', 'unknown', 'reconciling')
        RETURNING t.attempt_id`,
      [
        uuidArray(items.map((i) => i.id)),
        int4Array(items.map((i) => i.version)),
        uuidArray(items.map((i) => i.attemptId)),
        textArray(items.map((i) => i.platformPostId)),
        textArray(items.map((i) => i.permalink)),
        timestamptzArray(items.map((i) => i.publishedAt)),
      ],
    );
    await manager.query(
      `UPDATE publish_attempts a SET outcome = t.outcome, finished_at = now(),
              platform_id = COALESCE(t.platform_id, a.platform_id), error_class = NULL, error_message = NULL
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, outcome, platform_id)
        WHERE a.id = t.id`,
      [
        uuidArray(items.map((i) => i.attemptId)),
        textArray(items.map((i) => i.outcome)),
        textArray(items.map((i) => i.platformPostId)),
      ],
    );
    const moved = new Set(rows.map((r) => r.attempt_id));
    return items.map((i) => moved.has(i.attemptId));
  }

  /**
   * A send that never left (the lease ran too short before the request could): the attempt is
   * recorded as absent and the post, if still ours in SENDING for this attempt, waits READY to be
   * sent under a fresh lease. Answers whether the post came back.
   */
  async abandonSend(
    manager: EntityManager,
    a: { id: string; version: number; owner: string; attemptId: string; reason: string },
  ): Promise<boolean> {
    await manager.query(
      `UPDATE publish_attempts SET outcome = 'absent', finished_at = now(), error_class = 'lease_lost', error_message = $2
        WHERE id = $1 AND outcome = 'pending'`,
      [a.attemptId, a.reason.slice(0, 1000)],
    );
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE posts SET state = 'ready', lease_owner = NULL, lease_until = NULL,
              attempt_count = GREATEST(attempt_count - 1, 0), state_changed_at = now(), updated_at = now()
        WHERE id = $1 AND version = $2 AND state = 'sending' AND lease_owner = $3 AND current_attempt_id = $4
        RETURNING id`,
      [a.id, a.version, a.owner, a.attemptId],
    );
    return rows.length > 0;
  }

  async insertAttempt(
    manager: EntityManager,
    a: {
      id?: string;
      postId: string;
      postVersion: number;
      kind: AttemptRow['kind'];
      partIndex: number;
      workerId: string;
    },
  ): Promise<string | null> {
    // started_at on the database's clock, so "is this send surely over" compares like with like.
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO publish_attempts (id, post_id, post_version, kind, part_index, worker_id, started_at)
       VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, warta_now())
       ON CONFLICT DO NOTHING RETURNING id`,
      [a.id ?? null, a.postId, a.postVersion, a.kind, a.partIndex, a.workerId],
    );
    return rows[0]?.id ?? null;
  }

  async finishAttempt(
    manager: EntityManager,
    id: string,
    outcome: AttemptRow['outcome'],
    details: { platformId?: string | null; errorClass?: string | null; errorMessage?: string | null } = {},
  ): Promise<void> {
    await manager.query(
      `UPDATE publish_attempts SET outcome = $2, finished_at = now(), platform_id = COALESCE($3, platform_id),
         error_class = $4, error_message = $5
        WHERE id = $1`,
      [
        id,
        outcome,
        details.platformId ?? null,
        details.errorClass ?? null,
        details.errorMessage?.slice(0, 1000) ?? null,
      ],
    );
  }

  async attempts(postId: string, manager: EntityManager = this.dataSource.manager): Promise<AttemptRow[]> {
    const rows: {
      id: string;
      post_version: number;
      kind: AttemptRow['kind'];
      part_index: number;
      worker_id: string;
      started_at: Date;
      finished_at: Date | null;
      outcome: AttemptRow['outcome'];
      platform_id: string | null;
      error_class: string | null;
      error_message: string | null;
    }[] = await manager.query(
      `SELECT id, post_version, kind, part_index, worker_id, started_at, finished_at, outcome, platform_id,
              error_class, error_message
         FROM publish_attempts WHERE post_id = $1 ORDER BY started_at, id`,
      [postId],
    );
    return rows.map((r) => ({
      id: r.id,
      postVersion: r.post_version,
      kind: r.kind,
      partIndex: r.part_index,
      workerId: r.worker_id,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      outcome: r.outcome,
      platformId: r.platform_id,
      errorClass: r.error_class,
      errorMessage: r.error_message,
    }));
  }
}
