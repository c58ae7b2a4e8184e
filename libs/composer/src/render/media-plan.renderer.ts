import type { MediaPlan, TitleCardMediaPlan } from '../composer.types';
import type { ImageRenderer, RenderedImage, SourceLoader } from './image-renderer';
import type { PaddedRenditionSpec } from './padded-rendition.renderer';

/**
 * Turns one media plan into pixels with whichever renderers it is given; `null` means "send the
 * original asset as it is". libs/media wires the sharp renderers and its storage as the loader.
 */
export class MediaPlanRenderer {
  constructor(
    private readonly titleCards: ImageRenderer<TitleCardMediaPlan>,
    private readonly padded: ImageRenderer<PaddedRenditionSpec>,
    private readonly sources: SourceLoader,
  ) {}

  async render(plan: MediaPlan): Promise<RenderedImage | null> {
    switch (plan.kind) {
      case 'original':
        return null;
      case 'title_card':
        return this.titleCards.render(plan);
      case 'padded':
        return this.padded.render({
          source: await this.sources.load(plan.sourceId),
          targetWidth: plan.targetWidth,
          targetHeight: plan.targetHeight,
          background: plan.background,
        });
    }
  }
}
