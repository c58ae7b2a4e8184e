import { Injectable } from '@nestjs/common';
import { AccessScope } from '@warta/database';
import type { EntityManager } from 'typeorm';
import { PostState } from './post-state';

/**
 * The rows a person's decision on a post changes: scheduling, cancelling, settling one Warta could
 * not. Each write runs in the caller's transaction, under the row lock it took, with the state the
 * transitions table gave; every one is a new version, so a job holding the old one does nothing.
 */
@Injectable()
export class PostDecisionsRepository {
  /** Whether the post lies in a node of `scope` (outside it, the post does not exist for the caller). */
  async postVisible(m: EntityManager, scope: AccessScope, id: string): Promise<boolean> {
    const s = scope.sql('o.path', 2);
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE p.id = $1 AND ${s.clause}`,
      [id, ...s.params],
    );
    return rows.length > 0;
  }

  /** Whether the release lies in a node of `scope`. */
  async releaseVisible(m: EntityManager, scope: AccessScope, releaseId: string): Promise<boolean> {
    const s = scope.sql('o.path', 2);
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM releases r JOIN organizations o ON o.id = r.organization_id WHERE r.id = $1 AND ${s.clause}`,
      [releaseId, ...s.params],
    );
    return rows.length > 0;
  }

  /** The release's status and its node's approval policy (the rules for sending a post again). */
  async releaseApproval(
    m: EntityManager,
    releaseId: string,
  ): Promise<{ approvalPolicy: string; releaseStatus: string }> {
    const rows: { approval_policy: string; status: string }[] = await m.query(
      `SELECT o.approval_policy, r.status FROM releases r JOIN organizations o ON o.id = r.organization_id WHERE r.id = $1`,
      [releaseId],
    );
    return { approvalPolicy: rows[0].approval_policy, releaseStatus: rows[0].status };
  }

  /**
   * SCHEDULED (or rescheduled) at `publishAt`, read in `zone`, as a new version: whatever an earlier
   * version prepared or tried is void. False when the row moved past `version`.
   */
  async schedule(
    m: EntityManager,
    p: { id: string; version: number; state: PostState; publishAt: Date; zone: string; scheduledBy: string },
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await m.query(
      `UPDATE posts SET state = $3, version = version + 1, publish_at = $4, publish_zone = $5, scheduled_by = $6,
          next_attempt_at = NULL, lease_owner = NULL, lease_until = NULL, prepared = NULL, container_id = NULL,
          current_attempt_id = NULL, last_error_class = NULL, last_error_message = NULL, attempt_count = 0,
          reconcile_tries = 0, state_changed_at = now(), updated_at = now()
        WHERE id = $1 AND version = $2`,
      [p.id, p.version, p.state, p.publishAt, p.zone, p.scheduledBy],
    );
    return affected === 1;
  }

  /** Cancelled as a new version: no lease, no retry. */
  async cancel(m: EntityManager, id: string, state: PostState): Promise<void> {
    await m.query(
      `UPDATE posts SET state = $2, version = version + 1, lease_owner = NULL, lease_until = NULL,
          next_attempt_at = NULL, state_changed_at = now(), updated_at = now() WHERE id = $1`,
      [id, state],
    );
  }

  /**
   * A person found the post on the platform: PUBLISHED with the link they give, and the attempt
   * whose outcome was unknown is resolved.
   */
  async markPublished(
    m: EntityManager,
    p: {
      id: string;
      state: PostState;
      permalink: string;
      platformPostId: string | null;
      publishedAt: Date;
      attemptId: string | null;
    },
  ): Promise<void> {
    await m.query(
      `UPDATE posts SET state = $2, version = version + 1, permalink = $3, platform_post_id = COALESCE($4, platform_post_id),
          published_at = $5, lease_owner = NULL, lease_until = NULL, next_attempt_at = NULL,
          state_changed_at = now(), updated_at = now() WHERE id = $1`,
      [p.id, p.state, p.permalink, p.platformPostId, p.publishedAt],
    );
    await m.query(
      `UPDATE publish_attempts SET outcome = 'resolved', finished_at = COALESCE(finished_at, now())
        WHERE id = $1 AND outcome IN ('pending', 'unknown')`,
      [p.attemptId],
    );
  }

  /**
   * A person takes responsibility for the earlier, unknown send (it no longer blocks a new one),
   * and the post starts afresh at `publishAt` as a new version.
   */
  async sendAgain(m: EntityManager, p: { id: string; state: PostState; publishAt: Date }): Promise<void> {
    await m.query(
      `UPDATE publish_attempts SET outcome = 'unknown', finished_at = COALESCE(finished_at, now())
        WHERE post_id = $1 AND outcome = 'pending'`,
      [p.id],
    );
    await m.query(
      `UPDATE posts SET state = $2, version = version + 1, publish_at = $3, next_attempt_at = NULL,
          lease_owner = NULL, lease_until = NULL, prepared = NULL, container_id = NULL, current_attempt_id = NULL,
          attempt_count = 0, reconcile_tries = 0, last_error_class = NULL, last_error_message = NULL,
          state_changed_at = now(), updated_at = now() WHERE id = $1`,
      [p.id, p.state, p.publishAt],
    );
  }
}
