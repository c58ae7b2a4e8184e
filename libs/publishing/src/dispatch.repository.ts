import { Inject, Injectable } from '@nestjs/common';
import { type Platform } from '@warta/core';
import { DataSource, EntityManager } from 'typeorm';
import { PostState } from './post-state';
import { NOW_CTE } from './publish-row';

/** A post the dispatch reconciler looks at, with its node's late tolerance and the database's now. */
export interface DueRow {
  id: string;
  organization_id: string;
  social_account_id: string;
  platform: Platform;
  state: PostState;
  version: number;
  publish_at: Date;
  next_attempt_at: Date | null;
  lease_until: Date | null;
  late_tolerance_minutes: number | null;
  /** When it is due: its retry time, else its minute. */
  due: Date;
  has_media: boolean;
  db_now: Date;
}

/** States in which a post still has work ahead of it (and so needs a job). */
export const ACTIVE_STATES: PostState[] = [
  PostState.Scheduled,
  PostState.Queued,
  PostState.Preparing,
  PostState.Ready,
  PostState.Sending,
  PostState.RetryWait,
  PostState.Unknown,
  PostState.Reconciling,
];
/** States in which a post waits for its time, nothing of it sent yet. */
export const WAITING_STATES: PostState[] = [PostState.Scheduled, PostState.Queued, PostState.RetryWait];
/** Rows read or locked per round. */
export const DISPATCH_BATCH = 1_000;

const DUE_COLUMNS = `p.id, p.organization_id, p.social_account_id, p.platform, p.state, p.version,
  p.publish_at, p.next_attempt_at, p.lease_until, o.late_tolerance_minutes,
  COALESCE(p.next_attempt_at, p.publish_at) AS due,
  jsonb_array_length(COALESCE(p.content->'media', '[]'::jsonb)) > 0 AS has_media, c.now AS db_now`;

/**
 * The dispatch reconciler's reads and writes (DESIGN §5.3). Every "due", "expired" and "too late"
 * is judged on the database's clock (`warta_now()`), never on a worker's.
 */
@Injectable()
export class DispatchRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Active rows due by `upToMs` from now whose lease (if any) ran out, after the keyset `after`,
   * read without locks.
   */
  dueRows(upToMs: number, after: { due: Date; id: string } | null): Promise<DueRow[]> {
    return this.dataSource.query(
      `${NOW_CTE}SELECT ${DUE_COLUMNS}
         FROM posts p JOIN organizations o ON o.id = p.organization_id CROSS JOIN c
        WHERE p.state = ANY($1) AND COALESCE(p.next_attempt_at, p.publish_at) <= c.now + $2 * interval '1 millisecond'
          AND (p.lease_until IS NULL OR p.lease_until < c.now)
          AND ($3::timestamptz IS NULL OR (COALESCE(p.next_attempt_at, p.publish_at), p.id) > ($3, $4::uuid))
        ORDER BY COALESCE(p.next_attempt_at, p.publish_at), p.id
        LIMIT ${DISPATCH_BATCH}`,
      [ACTIVE_STATES, upToMs, after?.due ?? null, after?.id ?? null],
    );
  }

  /**
   * Rows due within `horizonMs` whose lease expired, and waiting rows later than their node's
   * tolerance (else `defaultToleranceMinutes`), locked FOR UPDATE SKIP LOCKED so workers share them.
   */
  stuckRows(m: EntityManager, horizonMs: number, defaultToleranceMinutes: number): Promise<DueRow[]> {
    return m.query(
      `${NOW_CTE}SELECT ${DUE_COLUMNS}
         FROM posts p JOIN organizations o ON o.id = p.organization_id CROSS JOIN c
        WHERE p.state = ANY($1) AND COALESCE(p.next_attempt_at, p.publish_at) <= c.now + $2 * interval '1 millisecond'
          AND (p.lease_until < c.now
               OR (p.state = ANY($3) AND (p.lease_until IS NULL OR p.lease_until < c.now)
                   AND p.publish_at < c.now - make_interval(mins => COALESCE(o.late_tolerance_minutes, $4))))
        ORDER BY COALESCE(p.next_attempt_at, p.publish_at), p.id
        LIMIT ${DISPATCH_BATCH}
        FOR UPDATE OF p SKIP LOCKED`,
      [ACTIVE_STATES, horizonMs, WAITING_STATES, defaultToleranceMinutes],
    );
  }

  /** An expired lease handed back: the post waits in `state` (by the transitions table) for a worker. */
  async returnLease(m: EntityManager, id: string, state: PostState): Promise<void> {
    await m.query(
      `UPDATE posts SET state = $2, lease_owner = NULL, lease_until = NULL, state_changed_at = now(),
          updated_at = now() WHERE id = $1`,
      [id, state],
    );
  }

  /** Too late to go out: `state` (NEEDS_REVIEW), with `message` saying how late, for a person to decide. */
  async markTooLate(m: EntityManager, id: string, state: PostState, message: string): Promise<void> {
    await m.query(
      `UPDATE posts SET state = $3, lease_owner = NULL, lease_until = NULL, next_attempt_at = NULL,
          last_error_class = 'too_late', last_error_message = $2, state_changed_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, message, state],
    );
  }
}
