import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { DataSource } from 'typeorm';
import type { ReleaseMediaItem } from './release';
import { ReleaseAccess } from './release-access.service';
import { ReleasesRepository } from './releases.repository';

/** The media list of a release of the caller's subtree(s), in order (404 outside them). */
@Injectable()
export class ListReleaseMedia {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
  ) {}

  async execute(actor: Actor, releaseId: string): Promise<ReleaseMediaItem[]> {
    const release = await this.access.forRead(actor, releaseId);
    return this.releases.media(this.dataSource.manager, release.id);
  }
}
