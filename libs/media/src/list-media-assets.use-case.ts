import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { MediaAsset } from './media-asset';
import { MediaAssetsRepository } from './media-assets.repository';

export interface MediaAssetsFilter {
  /** Only this node and its descendants. */
  organizationId?: string;
  kind?: 'image' | 'video';
  limit: number;
  cursor?: string;
}

/** The media library of the caller's subtree(s), newest first. */
@Injectable()
export class ListMediaAssets {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly assets: MediaAssetsRepository,
  ) {}

  async execute(actor: Actor, filter: MediaAssetsFilter): Promise<Page<MediaAsset>> {
    // One rule for every list filter (DESIGN §8): a node outside the caller's subtree is 404, not an empty list.
    if (filter.organizationId)
      await this.scopes.requireNode(actor.userId, filter.organizationId, Permission.ReleaseRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead);
    return this.assets.listInScope(scope, filter);
  }
}
