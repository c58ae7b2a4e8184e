import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { PostState } from './post-state';
import { canTransition, transition } from './post-transitions';
import { PostsQuery, PostView, SchedulablePost } from './posts-query';
import { resolvePublishAt, ScheduleRequest } from './publish-time';
import { PublishJobs, PublishJobTarget } from './publish-jobs.service';
import { preparesAhead } from './publish-step/publish-rules';

export interface SchedulePostsInput {
  /** Every schedulable draft of a release, or one post (then `version` is required). */
  target: { releaseId: string; postIds?: string[] } | { postId: string; version: number };
  request: ScheduleRequest;
  reason?: string;
}

const ACCOUNT_CAN_PUBLISH = ['active', 'limited'];

/**
 * Schedules (or reschedules) posts: one transaction moves each row to SCHEDULED with version + 1,
 * its publish_at and the zone the time was read in, audited; the delayed jobs are added after the
 * commit. If Redis is unreachable at that moment nothing is lost: the reconciler adds the jobs.
 */
@Injectable()
export class SchedulePosts {
  private readonly logger = new Logger('publishing');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly scopes: AccessScopeService,
    private readonly query: PostsQuery,
    private readonly jobs: PublishJobs,
    private readonly audit: AuditTrail,
  ) {}

  async execute(actor: Actor, input: SchedulePostsInput): Promise<PostView[]> {
    const targets = await this.dataSource.transaction(async (m) => {
      const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead, m);
      const t = input.target;
      let posts = await this.query.schedulable(
        m,
        scope,
        'postId' in t ? { postId: t.postId } : { releaseId: t.releaseId },
      );
      if ('releaseId' in t) {
        if (!posts.length) {
          const exists: unknown[] = await m.query(
            `SELECT 1 FROM releases r JOIN organizations o ON o.id = r.organization_id
              WHERE r.id = $1 AND ${scope.sql('o.path', 2).clause}`,
            [t.releaseId, ...scope.sql('o.path', 2).params],
          );
          throw new DomainError(exists.length ? 'NOTHING_TO_SCHEDULE' : 'NOT_FOUND');
        }
        if (t.postIds) {
          const wanted = new Set(t.postIds.map((id) => id.toLowerCase()));
          const unknown = [...wanted].filter((id) => !posts.some((p) => p.id === id));
          if (unknown.length) throw new DomainError('NOT_FOUND');
          posts = posts.filter((p) => wanted.has(p.id));
        } else {
          // A release-wide schedule leaves alone what is settled or on its way right now.
          posts = posts.filter((p) => canTransition(p.state, { type: 'schedule' }));
        }
        if (!posts.length) throw new DomainError('NOTHING_TO_SCHEDULE');
      } else {
        if (!posts.length) throw new DomainError('NOT_FOUND');
        if (posts[0].version !== t.version) {
          throw new DomainError('VERSION_CONFLICT', { expected: t.version, actual: posts[0].version });
        }
      }
      await this.scopes.requireNode(actor.userId, posts[0].organizationId, Permission.PostSchedule, m);
      requireApproved(posts[0]);
      const now = this.clock.now();
      const out: PublishJobTarget[] = [];
      for (const p of posts) {
        const { state } = transition(p.state, { type: 'schedule' });
        if (!ACCOUNT_CAN_PUBLISH.includes(p.accountStatus)) {
          throw new DomainError('ACCOUNT_NOT_PUBLISHABLE', { handle: p.handle, status: p.accountStatus });
        }
        const taken =
          input.request.mode === 'next_slot'
            ? await this.query.takenTimes(m, p.socialAccountId, now, p.id)
            : [];
        const publishAt = resolvePublishAt(input.request, {
          zone: p.zone,
          now,
          slots: p.postingSlots,
          taken,
        });
        const [, affected]: [unknown, number] = await m.query(
          `UPDATE posts SET state = $3, version = version + 1, publish_at = $4, publish_zone = $5, scheduled_by = $6,
              next_attempt_at = NULL, lease_owner = NULL, lease_until = NULL, prepared = NULL, container_id = NULL,
              current_attempt_id = NULL, last_error_class = NULL, last_error_message = NULL, attempt_count = 0,
              reconcile_tries = 0, state_changed_at = now(), updated_at = now()
            WHERE id = $1 AND version = $2`,
          [p.id, p.version, state, publishAt, p.zone, actor.userId],
        );
        if (affected !== 1)
          throw new DomainError('VERSION_CONFLICT', { expected: p.version, actual: p.version });
        await this.audit.append(m, {
          organizationId: p.organizationId,
          actorId: actor.userId,
          requestId: actor.requestId,
          action: p.state === PostState.Draft ? 'post.scheduled' : 'post.rescheduled',
          subjectType: 'post',
          subjectId: p.id,
          reason: input.reason ?? null,
          data: {
            version: p.version + 1,
            releaseId: p.releaseId,
            platform: p.platform,
            mode: input.request.mode,
            publishAt: publishAt.toISOString(),
            zone: p.zone,
            previousPublishAt: p.publishAt?.toISOString() ?? null,
            from: p.state,
          },
        });
        out.push({
          id: p.id,
          version: p.version + 1,
          platform: p.platform,
          runAt: publishAt,
          prepareEarly: preparesAhead(p.platform, { media: p.hasMedia ? [1] : [] }),
        });
      }
      return out;
    });
    await this.enqueueAfterCommit(targets);
    return this.query.viewsOf(targets.map((t) => t.id));
  }

  private async enqueueAfterCommit(targets: PublishJobTarget[]): Promise<void> {
    try {
      await this.jobs.enqueue(targets);
    } catch (e) {
      // Postgres already holds the schedule; the dispatch reconciler adds the jobs within 30 s.
      this.logger.warn(
        { err: (e as Error).message, posts: targets.length },
        'could not queue publish jobs now',
      );
    }
  }
}

/** Under a review policy only an approved release goes out; policy 'none' lets editors skip it. */
export function requireApproved(p: Pick<SchedulablePost, 'approvalPolicy' | 'releaseStatus'>): void {
  if (p.releaseStatus === 'archived')
    throw new DomainError('RELEASE_NOT_APPROVED', { status: p.releaseStatus });
  if (p.approvalPolicy !== 'none' && p.releaseStatus !== 'approved') {
    throw new DomainError('RELEASE_NOT_APPROVED', { status: p.releaseStatus });
  }
}
