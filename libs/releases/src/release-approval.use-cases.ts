import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { approvalsRequired } from './approval-rules';
import { Approval, ApprovalsRepository } from './approvals.repository';
import type { Release } from './release';
import { ReleaseAccess } from './release-access.service';
import { PostsRepository } from './posts.repository';
import { ReleaseSubmissionsRepository, snapshotOf } from './release-submissions.repository';
import { ReleasesRepository } from './releases.repository';

export interface SubmitReleaseInput {
  id: string;
  version: number;
  reason?: string;
}

export interface DecideReleaseInput {
  id: string;
  version: number;
  comment?: string;
}

export interface DecisionResult {
  release: Release;
  /** The recorded decision; null when policy 'none' approved the release at submit time. */
  approval: Approval | null;
}

function requireVersion(release: Release, expected: number): void {
  if (release.version !== expected) {
    throw new DomainError('VERSION_CONFLICT', { expected, actual: release.version });
  }
}

/**
 * draft | changes_requested -> in_review, by someone with release:write on the release's node. Under
 * the node's approval policy 'none' editors may skip review: the release goes straight to approved
 * and the audit trail says it was approved by policy at submit time.
 */
@Injectable()
export class SubmitRelease {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
    private readonly approvals: ApprovalsRepository,
    private readonly audit: AuditTrail,
    private readonly posts: PostsRepository,
    private readonly submissions: ReleaseSubmissionsRepository,
  ) {}

  execute(actor: Actor, input: SubmitReleaseInput): Promise<DecisionResult> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.access.forWrite(actor, input.id, m);
      if (before.status !== 'draft' && before.status !== 'changes_requested') {
        throw new DomainError('RELEASE_NOT_SUBMITTABLE', { status: before.status });
      }
      requireVersion(before, input.version);
      const policy = await this.approvals.approvalPolicy(m, before.organizationId);
      const status = policy === 'none' ? 'approved' : 'in_review';
      const after = await this.releases.update(m, before.id, before.version, { status });
      if (!after)
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      await this.approvals.markSubmitted(m, after.id);
      // What the approver will read, kept so the next round can show what changed since this one.
      await this.submissions.insert(m, {
        releaseId: after.id,
        version: after.version,
        submittedBy: actor.userId,
        snapshot: snapshotOf(after, await this.posts.forRelease(after.id, m)),
      });
      const base = {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        subjectType: 'release',
        subjectId: after.id,
      };
      await this.audit.append(m, {
        ...base,
        action: 'release.submitted',
        reason: input.reason ?? null,
        data: { version: after.version, from: before.status, to: status, policy },
      });
      if (policy === 'none') {
        await this.audit.append(m, {
          ...base,
          action: 'release.approved',
          reason: 'approval_policy none: review skipped',
          data: { version: after.version, policy, autoApproved: true },
        });
      }
      return { release: after, approval: null };
    });
  }
}

/**
 * Shared checks of a decision: the release exists in the caller's read scope (else 404), the caller
 * holds release:approve on its node or an ancestor (else 403), never decides on their own release
 * (403 OWN_RELEASE_DECISION), the release is in review (409) and the version is the one they read (409).
 */
async function loadForDecision(
  deps: { access: ReleaseAccess; scopes: AccessScopeService },
  actor: Actor,
  input: DecideReleaseInput,
  m: EntityManager,
): Promise<Release> {
  // forRead with a lock: the row is held until the decision commits.
  const scope = await deps.scopes.scopeFor(actor.userId, Permission.ReleaseRead, m);
  const release = await deps.access.findLocked(scope, input.id, m);
  await deps.scopes.requireNode(actor.userId, release.organizationId, Permission.ReleaseApprove, m);
  if (release.authorId === actor.userId) throw new DomainError('OWN_RELEASE_DECISION');
  if (release.status !== 'in_review') {
    throw new DomainError('RELEASE_NOT_IN_REVIEW', { status: release.status });
  }
  requireVersion(release, input.version);
  return release;
}

/**
 * in_review -> approved. Under 'two_step' the first approval records step 1 and leaves the release
 * in review (version bumped); the second must come from a different approver.
 */
@Injectable()
export class ApproveRelease {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly scopes: AccessScopeService,
    private readonly releases: ReleasesRepository,
    private readonly approvals: ApprovalsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: DecideReleaseInput): Promise<DecisionResult> {
    return this.dataSource.transaction(async (m) => {
      const before = await loadForDecision({ access: this.access, scopes: this.scopes }, actor, input, m);
      const policy = await this.approvals.approvalPolicy(m, before.organizationId);
      const first = await this.approvals.pendingFirstStep(m, before);
      const required = approvalsRequired(policy);
      const step: 1 | 2 = first && required === 2 ? 2 : 1;
      if (step === 2 && first?.decidedBy === actor.userId) {
        throw new DomainError('SECOND_APPROVER_REQUIRED');
      }
      const done = step >= required;
      const after = await this.releases.update(m, before.id, before.version, {
        status: done ? 'approved' : 'in_review',
      });
      if (!after)
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      const comment = input.comment?.trim() || null;
      const approval = await this.approvals.insert(m, {
        releaseId: before.id,
        releaseVersion: before.version,
        step,
        decision: 'approved',
        comment,
        decidedBy: actor.userId,
      });
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: done ? 'release.approved' : 'release.approval_step',
        subjectType: 'release',
        subjectId: after.id,
        reason: comment,
        data: { version: after.version, step, of: required, policy, approvalId: approval.id },
      });
      return { release: after, approval };
    });
  }
}

/** in_review -> changes_requested, always with a comment telling the editor what to change. */
@Injectable()
export class RequestReleaseChanges {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly scopes: AccessScopeService,
    private readonly releases: ReleasesRepository,
    private readonly approvals: ApprovalsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: DecideReleaseInput): Promise<DecisionResult> {
    const comment = input.comment?.trim();
    if (!comment) throw new DomainError('COMMENT_REQUIRED');
    return this.dataSource.transaction(async (m) => {
      const before = await loadForDecision({ access: this.access, scopes: this.scopes }, actor, input, m);
      const policy = await this.approvals.approvalPolicy(m, before.organizationId);
      const first = await this.approvals.pendingFirstStep(m, before);
      const step: 1 | 2 = first && policy === 'two_step' ? 2 : 1;
      const after = await this.releases.update(m, before.id, before.version, { status: 'changes_requested' });
      if (!after)
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      const approval = await this.approvals.insert(m, {
        releaseId: before.id,
        releaseVersion: before.version,
        step,
        decision: 'changes_requested',
        comment,
        decidedBy: actor.userId,
      });
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'release.changes_requested',
        subjectType: 'release',
        subjectId: after.id,
        reason: comment,
        data: { version: after.version, step, policy, approvalId: approval.id },
      });
      return { release: after, approval };
    });
  }
}
