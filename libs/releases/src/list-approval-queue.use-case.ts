import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import {
  ApprovalQueueFilter,
  ApprovalsRepository,
  QueuedRelease,
  ReviewStep,
  UserRef,
} from './approvals.repository';
import { Draft, PostsRepository } from './posts.repository';
import { ReleaseSubmission, ReleaseSubmissionsRepository } from './release-submissions.repository';

/** A queued release with what an approver needs to judge it without another request. */
export interface ApprovalQueueItem extends QueuedRelease {
  author: UserRef | null;
  /** Decisions of this review round already made (two-step: the first step, and by whom). */
  stepsDone: ReviewStep[];
  /** The posts being approved, in draft order. */
  drafts: Draft[];
  /** What this round's submission sent (null for a release submitted before submissions were kept). */
  currentSubmission: ReleaseSubmission | null;
  /** The submission before it, to show what changed since the last version (null on a first round). */
  previousSubmission: ReleaseSubmission | null;
}

/**
 * The approver's queue: in-review releases across the caller's release:approve subtree(s), oldest
 * submission first, each with its author, the steps already done, its drafts and its last two
 * submissions (four batched reads per page, whatever its length).
 */
@Injectable()
export class ListApprovalQueue {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly approvals: ApprovalsRepository,
    private readonly posts: PostsRepository,
    private readonly submissions: ReleaseSubmissionsRepository,
  ) {}

  async execute(actor: Actor, input: ApprovalQueueFilter): Promise<Page<ApprovalQueueItem>> {
    // A node outside the caller's approve scope does not exist for them (404), like other lists.
    if (input.organizationId)
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.ReleaseApprove);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseApprove);
    const page = await this.approvals.queue(scope, input);
    const releases = page.items.map((q) => q.release);
    const [steps, authors, drafts, submissions] = await Promise.all([
      this.approvals.stepsDoneInRound(releases),
      this.approvals.users(releases.flatMap((r) => (r.authorId ? [r.authorId] : []))),
      this.posts.forReleases(releases.map((r) => r.id)),
      this.submissions.lastTwo(releases.map((r) => r.id)),
    ]);
    return {
      items: page.items.map((q) => ({
        ...q,
        author: q.release.authorId ? (authors.get(q.release.authorId) ?? null) : null,
        stepsDone: steps.get(q.release.id) ?? [],
        drafts: drafts.filter((d) => d.releaseId === q.release.id),
        currentSubmission: submissions.get(q.release.id)?.[0] ?? null,
        previousSubmission: submissions.get(q.release.id)?.[1] ?? null,
      })),
      nextCursor: page.nextCursor,
    };
  }
}
