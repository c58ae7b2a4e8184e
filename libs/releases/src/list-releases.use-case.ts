import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import type { Release } from './release';
import { ReleaseFilter, ReleasesRepository } from './releases.repository';

/** Releases in the caller's subtree(s) (or under one node of it), newest first. */
@Injectable()
export class ListReleases {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly releases: ReleasesRepository,
  ) {}

  async execute(actor: Actor, filter: ReleaseFilter): Promise<Page<Release>> {
    // One rule for every list filter (DESIGN §8): a node outside the caller's subtree is 404, not an empty list.
    if (filter.organizationId)
      await this.scopes.requireNode(actor.userId, filter.organizationId, Permission.ReleaseRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead);
    return this.releases.listInScope(scope, filter);
  }
}
