import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MediaAsset } from './media-asset';
import { MediaAssetsRepository } from './media-assets.repository';

/**
 * Assets by id for a lib that has already decided access to the node they must belong to (e.g.
 * libs/releases attaching media to a release it loaded for writing). Requests use GetMediaAsset.
 */
@Injectable()
export class MediaAssetLookup {
  constructor(private readonly assets: MediaAssetsRepository) {}

  /** Those of `ids` that belong to `organizationId` itself (not its subtree); the others are left out. */
  findManyInOrganization(
    manager: EntityManager,
    organizationId: string,
    ids: string[],
  ): Promise<MediaAsset[]> {
    return this.assets.findManyInOrganization(manager, organizationId, ids);
  }
}
