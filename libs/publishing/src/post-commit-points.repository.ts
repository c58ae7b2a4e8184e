import { Injectable } from '@nestjs/common';
import { boolArray, int4Array, jsonbArray, textArray, timestamptzArray, uuidArray } from '@warta/database';
import { EntityManager } from 'typeorm';
import { EngineClock } from './engine-clock';
import { NOW_CTE, PublishRow, Row, SMALL_COLUMNS, toRow } from './publish-row';
import type { BeginSend, RecordPublished } from './publishing-posts.repository';

/**
 * The two commit points of a send, for several posts at once (each inside the caller's
 * transaction): SENDING with its pending attempt before the call, PUBLISHED with the platform's id
 * after it. PublishWriteBatches is their one caller.
 */
@Injectable()
export class PostCommitPointsRepository {
  constructor(private readonly engineClock: EngineClock) {}

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
}
