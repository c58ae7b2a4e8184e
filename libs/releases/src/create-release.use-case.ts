import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { mergeHashtags } from '@warta/composer';
import { Actor } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import type { Release } from './release';
import { ReleasesRepository } from './releases.repository';

export interface CreateReleaseInput {
  organizationId: string;
  title: string;
  body: string;
  linkUrl?: string | null;
  /** 'YYYY-MM-DD'; absent: read from the text when composing. */
  eventDate?: string | null;
  language?: 'id' | 'en';
  tags?: string[];
}

/** Writes a new release (status draft) on a node where the caller holds release:write. */
@Injectable()
export class CreateRelease {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly releases: ReleasesRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: CreateReleaseInput): Promise<Release> {
    return this.dataSource.transaction(async (m) => {
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.ReleaseWrite, m);
      const release = await this.releases.insert(m, {
        organizationId: input.organizationId,
        authorId: actor.userId,
        title: input.title.trim(),
        body: input.body.trim(),
        linkUrl: input.linkUrl?.trim() || null,
        eventDate: input.eventDate ?? null,
        language: input.language ?? 'id',
        // Normalised once here, so lists and the composer agree on what the tags are.
        tags: mergeHashtags(input.tags ?? []),
      });
      await this.audit.append(m, {
        organizationId: release.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'release.created',
        subjectType: 'release',
        subjectId: release.id,
        data: { version: release.version, title: release.title },
      });
      return release;
    });
  }
}
