import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { DataSource } from 'typeorm';
import type { Release, ReleaseMediaItem } from './release';
import { ReleaseAccess } from './release-access.service';
import { ReleasesRepository } from './releases.repository';

/** A release of the caller's subtree(s) with its media list (404 outside them). */
@Injectable()
export class GetRelease {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
  ) {}

  async execute(actor: Actor, id: string): Promise<{ release: Release; media: ReleaseMediaItem[] }> {
    const release = await this.access.forRead(actor, id);
    return { release, media: await this.releases.media(this.dataSource.manager, release.id) };
  }
}
