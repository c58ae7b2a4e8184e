import sharp from 'sharp';
import type { TitleCardMediaPlan } from '../composer.types';
import { safeBrand } from '../media/media-planner';
import type { ImageRenderer, RenderedImage } from './image-renderer';
import { buildTitleCardSvg, TITLE_CARD_FONT } from './title-card.svg';

export interface TitleCardRendererOptions {
  quality?: number;
  fontFamily?: string;
}

/**
 * Renders a title card (1080x1350 by default, Instagram's 4:5 portrait) as a JPEG: a canvas in the
 * brand's primary colour with the text laid out as an SVG overlay composited by sharp.
 */
export class TitleCardRenderer implements ImageRenderer<TitleCardMediaPlan> {
  constructor(private readonly options: TitleCardRendererOptions = {}) {}

  async render(plan: TitleCardMediaPlan): Promise<RenderedImage> {
    const { width, height } = plan;
    const svg = buildTitleCardSvg(plan, this.options.fontFamily ?? TITLE_CARD_FONT);
    const buffer = await sharp({
      create: { width, height, channels: 3, background: safeBrand(plan.brand).primary },
    })
      .composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
      .jpeg({ quality: this.options.quality ?? 88, chromaSubsampling: '4:4:4' })
      .toBuffer();
    return { buffer, mime: 'image/jpeg', width, height, bytes: buffer.length };
  }
}
