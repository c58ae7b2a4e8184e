import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { ApprovalsRepository, QueuedRelease, ReviewStep, UserRef } from './approvals.repository';
import { Draft, PostsRepository } from './posts.repository';

/** A queued release with what an approver needs to judge it without another request. */
export interface ApprovalQueueItem extends QueuedRelease {
  author: UserRef | null;
  /** Decisions of this review round already made (two-step: the first step, and by whom). */
  stepsDone: ReviewStep[];
  /** The posts being approved, in draft order. */
  drafts: Draft[];
}

/**
 * The approver's queue: in-review releases across the caller's release:approve subtree(s), oldest
 * submission first, each with its author, the steps already done and its drafts (three batched
 * reads per page, whatever its length).
 */
@Injectable()
export class ListApprovalQueue {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly approvals: ApprovalsRepository,
    private readonly posts: PostsRepository,
  ) {}

  async execute(actor: Actor, input: { limit: number; cursor?: string }): Promise<Page<ApprovalQueueItem>> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseApprove);
    const page = await this.approvals.queue(scope, input);
    const releases = page.items.map((q) => q.release);
    const [steps, authors, drafts] = await Promise.all([
      this.approvals.stepsDoneInRound(releases),
      this.approvals.users(releases.flatMap((r) => (r.authorId ? [r.authorId] : []))),
      this.posts.forReleases(releases.map((r) => r.id)),
    ]);
    return {
      items: page.items.map((q) => ({
        ...q,
        author: q.release.authorId ? (authors.get(q.release.authorId) ?? null) : null,
        stepsDone: steps.get(q.release.id) ?? [],
        drafts: drafts.filter((d) => d.releaseId === q.release.id),
      })),
      nextCursor: page.nextCursor,
    };
  }
}
