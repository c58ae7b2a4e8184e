import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { MediaAsset } from './media-asset';
import { MediaAssetsRepository } from './media-assets.repository';

/** One asset of the caller's subtree(s); any other does not exist for the caller (404). */
@Injectable()
export class GetMediaAsset {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly assets: MediaAssetsRepository,
  ) {}

  async execute(actor: Actor, id: string): Promise<MediaAsset> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead);
    const asset = await this.assets.findInScope(scope, id);
    if (!asset) throw new DomainError('NOT_FOUND');
    return asset;
  }
}
