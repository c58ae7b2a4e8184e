import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Draft, PostsRepository } from './posts.repository';
import type { Release } from './release';
import { ReleaseAccess } from './release-access.service';

/** The drafts of a release of the caller's subtree(s), with the release they render against. */
@Injectable()
export class ListDrafts {
  constructor(
    private readonly access: ReleaseAccess,
    private readonly posts: PostsRepository,
  ) {}

  async execute(actor: Actor, releaseId: string): Promise<{ release: Release; drafts: Draft[] }> {
    const release = await this.access.forRead(actor, releaseId);
    return { release, drafts: await this.posts.forRelease(release.id) };
  }
}
