import { Inject, Injectable } from '@nestjs/common';
import type { PreparedPost } from '@warta/connectors';
import { int4Array, textArray, timestamptzArray, uuidArray } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import { EngineClock } from './engine-clock';
import { PostState } from './post-state';
import { AttemptRow, COLUMNS, NOW_CTE, PublishContent, PublishRow, Row, toRow } from './publish-row';

export type { AttemptRow, PublishContent, PublishRow } from './publish-row';
export { NOW_CTE } from './publish-row';

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

  /** The default connection, for a write that commits on its own. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * A person's edit of the post's content (under their row lock): a new version in `to`, whatever
   * the old version's worker held made void. Answers the post's new version and state, or null.
   */
  async applyEdit(
    manager: EntityManager,
    p: { id: string; version: number; from: PostState[]; to: PostState },
  ): Promise<{ id: string; version: number; state: PostState } | null> {
    const [rows]: [{ id: string; version: number; state: PostState }[], number] = await manager.query(
      `UPDATE posts SET version = version + 1, state = $4, updated_at = now(),
          lease_owner = NULL, lease_until = NULL, next_attempt_at = NULL, prepared = NULL, container_id = NULL
        WHERE id = $1 AND version = $2 AND state = ANY($3) RETURNING id, version, state`,
      [p.id, p.version, p.from, p.to],
    );
    return rows[0] ?? null;
  }

  /** Every post of a release in one of `from` moves to `to` as a new version, its work void. */
  async moveReleasePosts(
    manager: EntityManager,
    r: { releaseId: string; from: PostState[]; to: PostState },
  ): Promise<{ id: string; version: number; state: PostState }[]> {
    const [rows]: [{ id: string; version: number; state: PostState }[], number] = await manager.query(
      `UPDATE posts SET state = $3, version = version + 1, lease_owner = NULL, lease_until = NULL,
          next_attempt_at = NULL, prepared = NULL, container_id = NULL, updated_at = now()
        WHERE release_id = $1 AND state = ANY($2) RETURNING id, version, state`,
      [r.releaseId, r.from, r.to],
    );
    return rows;
  }

  /** Runs `work` in one transaction: the use cases' writes that must commit together. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A post found on the platform: the next reconciliation (of a later unknown send) starts afresh. */
  async resetReconcileTries(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE posts SET reconcile_tries = 0 WHERE id = $1`, [id]);
  }

  /** The ids of a published post's follow-ups (thread parts, first comment) sent so far. */
  async setChildIds(manager: EntityManager, id: string, childIds: string[]): Promise<void> {
    await manager.query(`UPDATE posts SET child_ids = $2, updated_at = now() WHERE id = $1`, [id, childIds]);
  }

  /**
   * A published post whose follow-up cannot be sent: its last error says which and why; the post
   * stays PUBLISHED. False when it was already marked (or is no longer published).
   */
  async markFollowUpFailed(manager: EntityManager, id: string, message: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE posts SET last_error_class = 'follow_up_failed', last_error_message = $2, updated_at = now()
        WHERE id = $1 AND state = 'published' AND last_error_class IS DISTINCT FROM 'follow_up_failed' RETURNING id`,
      [id, message.slice(0, 1000)],
    );
    return rows.length > 0;
  }
}
