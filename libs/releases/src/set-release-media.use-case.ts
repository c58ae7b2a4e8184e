import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { MediaAssetLookup } from '@warta/media';
import { DataSource } from 'typeorm';
import { statusAfterEdit } from './approval-rules';
import type { Release, ReleaseMediaItem } from './release';
import { ReleaseAccess } from './release-access.service';
import { ReleasesRepository } from './releases.repository';

export interface SetReleaseMediaInput {
  id: string;
  version: number;
  /** The full, ordered list: what is not listed is detached. */
  media: { assetId: string; altText?: string | null }[];
}

/**
 * Replaces a release's media list (attach, detach, reorder, alt texts) in one step. Only assets of
 * the release's own node may be attached, so a release never shows another unit's photos. Like any
 * edit, it returns an in_review or approved release to draft (statusAfterEdit).
 */
@Injectable()
export class SetReleaseMedia {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
    private readonly assets: MediaAssetLookup,
    private readonly audit: AuditTrail,
  ) {}

  execute(
    actor: Actor,
    input: SetReleaseMediaInput,
  ): Promise<{ release: Release; media: ReleaseMediaItem[] }> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.access.forWrite(actor, input.id, m);
      if (before.status === 'archived')
        throw new DomainError('RELEASE_NOT_EDITABLE', { status: before.status });
      if (before.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      const ids = input.media.map((x) => x.assetId.toLowerCase());
      if (new Set(ids).size !== ids.length) {
        throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'media', code: 'rule.unique' }]);
      }
      const found = new Set(
        (await this.assets.findManyInOrganization(m, before.organizationId, ids)).map((a) => a.id),
      );
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw new DomainError('MEDIA_NOT_ATTACHABLE', { assetId: missing });
      const previous = await this.releases.media(m, before.id);
      await this.releases.replaceMedia(
        m,
        before.id,
        input.media.map((x) => ({ assetId: x.assetId.toLowerCase(), altText: x.altText?.trim() || null })),
      );
      // New photos are new content: an in_review or approved release goes back to draft.
      const status = statusAfterEdit(before.status);
      const after = (await this.releases.update(
        m,
        before.id,
        before.version,
        status !== before.status ? { status } : {},
      ))!;
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'release.media_set',
        subjectType: 'release',
        subjectId: after.id,
        data: {
          version: after.version,
          from: previous.map((p) => ({ assetId: p.assetId, altText: p.altText })),
          to: input.media.map((x) => ({ assetId: x.assetId.toLowerCase(), altText: x.altText ?? null })),
        },
      });
      return { release: after, media: await this.releases.media(m, after.id) };
    });
  }
}
