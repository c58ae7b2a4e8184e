import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { mergeHashtags } from '@warta/composer';
import { Actor, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { statusAfterEdit } from './approval-rules';
import type { Release } from './release';
import { ReleaseAccess } from './release-access.service';
import { ReleasePatch, ReleasesRepository } from './releases.repository';

export interface UpdateReleaseInput {
  id: string;
  version: number;
  title?: string;
  body?: string;
  linkUrl?: string | null;
  /** 'YYYY-MM-DD'; null clears it (read from the text again). */
  eventDate?: string | null;
  language?: 'id' | 'en';
  tags?: string[];
  reason?: string;
}

/**
 * Edits a release with optimistic concurrency: a stale version is a 409, never a lost edit. Editing
 * a release that is in_review or approved returns it to draft (see statusAfterEdit): an approval
 * covers the text the approver read, so changed text must be submitted and approved again.
 */
@Injectable()
export class UpdateRelease {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: UpdateReleaseInput): Promise<Release> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.access.forWrite(actor, input.id, m);
      if (before.status === 'archived')
        throw new DomainError('RELEASE_NOT_EDITABLE', { status: before.status });
      if (before.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      const patch: ReleasePatch = {
        title: input.title?.trim(),
        body: input.body?.trim(),
        linkUrl: input.linkUrl === undefined ? undefined : input.linkUrl?.trim() || null,
        eventDate: input.eventDate,
        language: input.language,
        tags: input.tags ? mergeHashtags(input.tags) : undefined,
      };
      const status = statusAfterEdit(before.status);
      if (status !== before.status) patch.status = status;
      const after = await this.releases.update(m, input.id, input.version, patch);
      if (!after)
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      const changed = Object.fromEntries(
        (Object.keys(patch) as (keyof ReleasePatch)[])
          .filter((k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(before[k]))
          .map((k) => [k, { from: before[k], to: patch[k] }]),
      );
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'release.updated',
        subjectType: 'release',
        subjectId: after.id,
        reason: input.reason ?? null,
        data: { version: after.version, changed },
      });
      return after;
    });
  }
}
