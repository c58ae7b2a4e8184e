import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { PostDecisionsRepository } from './post-decisions.repository';
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
    private readonly decisions: PostDecisionsRepository,
    private readonly jobs: PublishJobs,
    private readonly audit: AuditTrail,
  ) {}

  async execute(actor: Actor, input: SchedulePostsInput): Promise<PostView[]> {
    const targets = await this.dataSource.transaction(async (m) => {
      const posts = await this.postsToSchedule(m, actor, input.target);
      await this.scopes.requireNode(actor.userId, posts[0].organizationId, Permission.PostSchedule, m);
      requireApproved(posts[0]);
      const now = this.clock.now();
      const out: PublishJobTarget[] = [];
      for (const p of posts) out.push(await this.scheduleOne(m, actor, input, p, now));
      return out;
    });
    await this.enqueueAfterCommit(targets);
    return this.query.viewsOf(targets.map((t) => t.id));
  }

  /** The posts the request names, locked; refused when none is in the caller's scope or can go. */
  private async postsToSchedule(
    m: EntityManager,
    actor: Actor,
    t: SchedulePostsInput['target'],
  ): Promise<SchedulablePost[]> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead, m);
    if ('postId' in t) {
      const posts = await this.query.schedulable(m, scope, { postId: t.postId });
      if (!posts.length) throw new DomainError('NOT_FOUND');
      if (posts[0].version !== t.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: t.version, actual: posts[0].version });
      }
      return posts;
    }
    let posts = await this.query.schedulable(m, scope, { releaseId: t.releaseId });
    if (!posts.length) {
      const exists = await this.decisions.releaseVisible(m, scope, t.releaseId);
      throw new DomainError(exists ? 'NOTHING_TO_SCHEDULE' : 'NOT_FOUND');
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
    return posts;
  }

  /** One post to SCHEDULED at the time the request resolves to, audited; answers its job. */
  private async scheduleOne(
    m: EntityManager,
    actor: Actor,
    input: SchedulePostsInput,
    p: SchedulablePost,
    now: Date,
  ): Promise<PublishJobTarget> {
    const { state } = transition(p.state, { type: 'schedule' });
    if (!ACCOUNT_CAN_PUBLISH.includes(p.accountStatus)) {
      throw new DomainError('ACCOUNT_NOT_PUBLISHABLE', { handle: p.handle, status: p.accountStatus });
    }
    const taken =
      input.request.mode === 'next_slot' ? await this.query.takenTimes(m, p.socialAccountId, now, p.id) : [];
    const publishAt = resolvePublishAt(input.request, { zone: p.zone, now, slots: p.postingSlots, taken });
    const scheduled = await this.decisions.schedule(m, {
      id: p.id,
      version: p.version,
      state,
      publishAt,
      zone: p.zone,
      scheduledBy: actor.userId,
    });
    if (!scheduled) throw new DomainError('VERSION_CONFLICT', { expected: p.version, actual: p.version });
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
    return {
      id: p.id,
      version: p.version + 1,
      platform: p.platform,
      runAt: publishAt,
      prepareEarly: preparesAhead(p.platform, { media: p.hasMedia ? [1] : [] }),
    };
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
