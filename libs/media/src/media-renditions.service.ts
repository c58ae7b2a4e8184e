import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  MediaPlan,
  MediaPlanRenderer,
  PaddedRenditionRenderer,
  SourceLoader,
  TitleCardRenderer,
} from '@warta/composer';
import type { MediaRendition } from './media-asset';
import { MediaAssetsRepository } from './media-assets.repository';
import { MediaRenditionsRepository } from './media-renditions.repository';
import { MediaStorage } from './media-storage';

/**
 * Turns the composer's media plans into stored images: title cards and padded Instagram renditions
 * are rendered with sharp (through the composer's renderers) and kept as media_renditions, deduped
 * by content so composing the same release again stores nothing new.
 */
@Injectable()
export class MediaRenditionsService {
  private readonly renderer: MediaPlanRenderer;

  constructor(
    private readonly storage: MediaStorage,
    private readonly assets: MediaAssetsRepository,
    private readonly renditions: MediaRenditionsRepository,
  ) {
    const sources: SourceLoader = {
      load: async (assetId) => {
        // Plans only name assets the caller already resolved inside their scope.
        const asset = await this.assets.findByIdUnscoped(assetId);
        if (!asset) throw new Error(`media asset ${assetId} vanished while rendering`);
        return this.storage.get(asset.storageKey);
      },
    };
    this.renderer = new MediaPlanRenderer(new TitleCardRenderer(), new PaddedRenditionRenderer(), sources);
  }

  /** The stored rendition for a plan, or null when the plan sends the original asset unchanged. */
  async render(organizationId: string, plan: MediaPlan): Promise<MediaRendition | null> {
    const image = await this.renderer.render(plan);
    if (!image) return null;
    const purpose = plan.kind === 'title_card' ? 'title_card' : 'instagram_padded';
    const sha256 = createHash('sha256').update(image.buffer).digest('hex');
    const storageKey = `renditions/${organizationId}/${purpose.replace('_', '-')}/${sha256}.jpg`;
    if (!(await this.storage.exists(storageKey))) await this.storage.put(storageKey, image.buffer);
    return this.renditions.upsert({
      organizationId,
      assetId: plan.kind === 'padded' ? plan.sourceId : null,
      purpose,
      storageKey,
      mime: image.mime,
      bytes: image.bytes,
      width: image.width,
      height: image.height,
      sha256,
    });
  }
}
