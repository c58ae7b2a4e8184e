import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { statusAfterEdit } from './approval-rules';
import { ApprovalsRepository } from './approvals.repository';
import { toReleaseMedia } from './create-drafts.use-case';
import type { DraftContent, DraftMediaRef } from './draft-content';
import type { DraftPostStates } from './draft-post-states';
import { Draft, PostsRepository } from './posts.repository';
import type { Release } from './release';
import { ReleasesRepository } from './releases.repository';

export interface UpdateDraftInput {
  id: string;
  version: number;
  text?: string;
  /** An empty list turns a thread back into a single post. */
  thread?: string[];
  /** null removes the first comment. */
  firstComment?: string | null;
  /** The full, ordered media selection, chosen among the draft's files and the release's assets. */
  media?: { id: string; altText?: string | null }[];
  reason?: string;
}

/**
 * Saves an editor's changes to one draft (text, thread, first comment, media and alt texts) at the
 * version they read. The draft is marked edited so re-composing never overwrites a person's work.
 * What the edit does to the post's state and version is `states`' (publishing's) to say.
 */
@Injectable()
export class UpdateDraft {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly posts: PostsRepository,
    private readonly releases: ReleasesRepository,
    private readonly audit: AuditTrail,
    private readonly approvals: ApprovalsRepository,
  ) {}

  execute(
    actor: Actor,
    input: UpdateDraftInput,
    states: DraftPostStates,
  ): Promise<{ draft: Draft; release: Release }> {
    return this.dataSource.transaction(async (m) => {
      const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead, m);
      const before = await this.posts.findInScope(scope, input.id, m, true);
      if (!before) throw new DomainError('NOT_FOUND');
      await this.scopes.requireNode(actor.userId, before.organizationId, Permission.ReleaseWrite, m);
      // A post already on its way may still be edited until its send starts; it then goes back to
      // SCHEDULED as a new version (publishing replaces its job).
      states.assertEditable(before.state);
      if (before.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      const release = (await this.releases.findInScope(scope, before.releaseId, m))!;
      if (release.status === 'archived') {
        throw new DomainError('RELEASE_NOT_EDITABLE', { status: release.status });
      }
      const content: DraftContent = { ...before.content, edited: true };
      if (input.text !== undefined) content.text = input.text;
      if (input.thread !== undefined) {
        if (input.thread.length) content.thread = input.thread;
        else delete content.thread;
      }
      if (input.firstComment !== undefined) {
        if (input.firstComment) content.firstComment = input.firstComment;
        else delete content.firstComment;
      }
      if (input.media !== undefined) content.media = await this.selectMedia(before, release, input.media, m);
      const ok =
        (await this.posts.updateContent(m, before.id, before.version, content)) &&
        (await states.edited(m, { id: before.id, version: before.version, state: before.state }));
      if (!ok) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      const changed = (['text', 'thread', 'firstComment', 'media'] as const).filter(
        (k) => input[k] !== undefined,
      );
      await this.audit.append(m, {
        organizationId: before.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'draft.edited',
        subjectType: 'post',
        subjectId: before.id,
        reason: input.reason ?? null,
        data: {
          version: before.version + 1,
          releaseId: before.releaseId,
          platform: before.platform,
          changed: Object.fromEntries(
            changed.map((k) => [k, { from: before.content[k] ?? null, to: content[k] ?? null }]),
          ),
        },
      });
      const reviewed = await this.withdrawApproval(actor, release, states, m);
      const after = (await this.posts.findInScope(scope, before.id, m))!;
      return { draft: after, release: reviewed };
    });
  }

  /**
   * An approval is about the text the approver read. Under a review policy, changing a draft of a
   * release that is in review or approved returns the release to draft, and its posts on their way
   * back to draft (a new version each, so their jobs do nothing): it must be submitted, approved and
   * scheduled again. Under policy 'none' editors may change what they schedule.
   */
  private async withdrawApproval(
    actor: Actor,
    release: Release,
    states: DraftPostStates,
    m: EntityManager,
  ): Promise<Release> {
    const status = statusAfterEdit(release.status);
    if (status === release.status) return release;
    if ((await this.approvals.approvalPolicy(m, release.organizationId)) === 'none') return release;
    const after = await this.releases.update(m, release.id, release.version, { status });
    if (!after)
      throw new DomainError('VERSION_CONFLICT', { expected: release.version, actual: release.version });
    const unscheduled = await states.unscheduleRelease(m, release.id);
    const base = {
      organizationId: release.organizationId,
      actorId: actor.userId,
      requestId: actor.requestId,
      reason: 'a draft was edited after review: it needs approval again',
    };
    await this.audit.append(m, {
      ...base,
      action: 'release.returned_to_draft',
      subjectType: 'release',
      subjectId: release.id,
      data: { version: after.version, from: release.status, to: status },
    });
    for (const p of unscheduled) {
      await this.audit.append(m, {
        ...base,
        action: 'post.unscheduled',
        subjectType: 'post',
        subjectId: p.id,
        data: { version: p.version, releaseId: release.id },
      });
    }
    return after;
  }

  private async selectMedia(
    draft: Draft,
    release: Release,
    selection: { id: string; altText?: string | null }[],
    m: EntityManager,
  ): Promise<DraftMediaRef[]> {
    const candidates = new Map<string, DraftMediaRef>(draft.content.media.map((r) => [r.id, r]));
    for (const item of await this.releases.media(m, release.id)) {
      if (candidates.has(item.assetId)) continue;
      const media = toReleaseMedia(item);
      candidates.set(item.assetId, {
        source: 'asset',
        id: item.assetId,
        assetId: item.assetId,
        purpose: 'original',
        mediaKind: media.kind,
        mime: media.mime,
        bytes: media.bytes,
        width: media.width,
        height: media.height,
        ...(media.altText ? { altText: media.altText } : {}),
      });
    }
    const ids = selection.map((s) => s.id.toLowerCase());
    if (new Set(ids).size !== ids.length) {
      throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'media', code: 'rule.unique' }]);
    }
    return selection.map((s, i) => {
      const ref = candidates.get(ids[i]);
      if (!ref) throw new DomainError('DRAFT_MEDIA_UNKNOWN', { id: s.id });
      const { altText: previous, ...rest } = ref;
      const altText = s.altText === undefined ? previous : s.altText?.trim() || undefined;
      return altText ? { ...rest, altText } : rest;
    });
  }
}
