import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { UpdateDraft, UpdateDraftInput } from '@warta/releases';
import { DataSource, EntityManager } from 'typeorm';
import { PostState } from './post-state';
import { transition } from './post-transitions';
import { PostDecisionsRepository } from './post-decisions.repository';
import { PostsQuery, PostView } from './posts-query';
import { PublishJobs } from './publish-jobs.service';
import { DraftEditTransitions } from './draft-edit-transitions';
import { preparesAhead } from './publish-step/publish-rules';
import { PublishingPostsRepository, PublishRow } from './publishing-posts.repository';
import { requireApproved } from './schedule-posts.use-case';

async function lockInScope(
  m: EntityManager,
  scopes: AccessScopeService,
  repos: { posts: PublishingPostsRepository; decisions: PostDecisionsRepository },
  actor: Actor,
  id: string,
  version: number,
  permission: Permission,
): Promise<PublishRow> {
  const scope = await scopes.scopeFor(actor.userId, Permission.ReleaseRead, m);
  const visible = await repos.decisions.postVisible(m, scope, id);
  const row = visible ? await repos.posts.find(id, m, true) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  await scopes.requireNode(actor.userId, row.organizationId, permission, m);
  if (row.version !== version)
    throw new DomainError('VERSION_CONFLICT', { expected: version, actual: row.version });
  return row;
}

/**
 * Cancels a post that has not started its send: version + 1, so any queued job for it is stale and
 * does nothing. While a send may be in flight the answer is 409: only the outcome can tell.
 */
@Injectable()
export class CancelPost {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly posts: PublishingPostsRepository,
    private readonly decisions: PostDecisionsRepository,
    private readonly query: PostsQuery,
    private readonly jobs: PublishJobs,
    private readonly audit: AuditTrail,
  ) {}

  async execute(actor: Actor, input: { id: string; version: number; reason?: string }): Promise<PostView> {
    const row = await this.dataSource.transaction(async (m) => {
      const before = await lockInScope(
        m,
        this.scopes,
        { posts: this.posts, decisions: this.decisions },
        actor,
        input.id,
        input.version,
        Permission.PostSchedule,
      );
      const { state } = transition(before.state, { type: 'cancel' });
      await this.decisions.cancel(m, before.id, state);
      await this.audit.append(m, {
        organizationId: before.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'post.cancelled',
        subjectType: 'post',
        subjectId: before.id,
        reason: input.reason ?? null,
        data: { version: before.version + 1, from: before.state, platform: before.platform },
      });
      return before;
    });
    await this.jobs.remove(row.platform, row.id, row.version);
    return (await this.query.viewsOf([row.id]))[0];
  }
}

export type ResolveAction =
  { action: 'mark_published'; permalink: string; platformPostId?: string } | { action: 'send_again' };

/**
 * A person settles a post Warta could not: NEEDS_REVIEW -> PUBLISHED (they checked the platform
 * and give the post's link), or NEEDS_REVIEW / FAILED -> SCHEDULED now, as a new version. Both are
 * audited with the person's reason.
 */
@Injectable()
export class ResolvePost {
  private readonly logger = new Logger('publishing');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly scopes: AccessScopeService,
    private readonly posts: PublishingPostsRepository,
    private readonly decisions: PostDecisionsRepository,
    private readonly query: PostsQuery,
    private readonly jobs: PublishJobs,
    private readonly audit: AuditTrail,
  ) {}

  async execute(
    actor: Actor,
    input: { id: string; version: number; reason: string } & ResolveAction,
  ): Promise<PostView> {
    const now = this.clock.now();
    const row = await this.dataSource.transaction(async (m) => {
      const before = await lockInScope(
        m,
        this.scopes,
        { posts: this.posts, decisions: this.decisions },
        actor,
        input.id,
        input.version,
        Permission.PostResolve,
      );
      const event = input.action === 'mark_published' ? 'resolve_published' : 'resolve_send_again';
      let state: PostState;
      try {
        state = transition(before.state, { type: event }).state;
      } catch {
        throw new DomainError('POST_NOT_RESOLVABLE', { state: before.state });
      }
      if (input.action === 'mark_published') {
        await this.decisions.markPublished(m, {
          id: before.id,
          state,
          permalink: input.permalink,
          platformPostId: input.platformPostId ?? null,
          publishedAt: now,
          attemptId: before.currentAttemptId,
        });
      } else {
        requireApproved(await this.decisions.releaseApproval(m, before.releaseId));
        await this.decisions.sendAgain(m, { id: before.id, state, publishAt: now });
      }
      await this.audit.append(m, {
        organizationId: before.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'post.resolved',
        subjectType: 'post',
        subjectId: before.id,
        reason: input.reason,
        data: {
          version: before.version + 1,
          action: input.action,
          from: before.state,
          previousError: before.lastErrorClass,
          permalink: input.action === 'mark_published' ? input.permalink : null,
        },
      });
      return before;
    });
    if (input.action === 'send_again') {
      await this.jobs
        .enqueue([{ id: row.id, version: row.version + 1, platform: row.platform, runAt: now }])
        .catch((e: Error) => this.logger.warn({ err: e.message }, 'could not queue; the reconciler will'));
    }
    return (await this.query.viewsOf([row.id]))[0];
  }
}

/**
 * Edits a draft or a post on its way (text, thread, comment, media): the release lib saves the
 * content at the version read; a post that was scheduled goes back to SCHEDULED as a new version
 * and gets a fresh job, so whatever the old version's job holds is void.
 */
@Injectable()
export class EditPost {
  constructor(
    private readonly updateDraft: UpdateDraft,
    private readonly transitions: DraftEditTransitions,
    private readonly jobs: PublishJobs,
  ) {}

  async execute(actor: Actor, input: UpdateDraftInput) {
    const result = await this.updateDraft.execute(actor, input, this.transitions);
    const d = result.draft;
    if (d.state === 'scheduled') {
      await this.jobs.remove(d.platform, d.id, input.version).catch(() => undefined);
      await this.jobs
        .enqueue([
          {
            id: d.id,
            version: d.version,
            platform: d.platform,
            runAt: d.publishAt,
            prepareEarly: preparesAhead(d.platform, d.content),
          },
        ])
        .catch(() => undefined); // the reconciler adds it if Redis is away
    }
    return result;
  }
}
