import sharp from 'sharp';
import type { PaddingBackground } from '../composer.types';
import { paddedCanvasSize } from '../media/padding-geometry';
import type { ImageRenderer, RenderedImage } from './image-renderer';

export interface PaddedRenditionSpec {
  source: Buffer;
  /** The canvas from the media plan; when absent it is derived from the (auto-oriented) source. */
  targetWidth?: number;
  targetHeight?: number;
  background?: PaddingBackground;
}

const BLUR_SIGMA = 28;

interface RawInput {
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/**
 * Puts a whole image on a canvas of an Instagram-safe ratio (4:5..1.91:1, width <= 1440) without
 * cropping it: the image is scaled to fit inside, and the rest is a blurred, darkened enlargement of
 * the same photo (looks intentional on a feed) or a solid colour. Output is always a baseline JPEG.
 */
export class PaddedRenditionRenderer implements ImageRenderer<PaddedRenditionSpec> {
  constructor(private readonly quality = 88) {}

  async render(spec: PaddedRenditionSpec): Promise<RenderedImage> {
    // Decode once, upright (EXIF orientation applied), flattened onto white for transparent PNGs.
    const { data, info } = await sharp(spec.source)
      .rotate()
      .flatten({ background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw: RawInput = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const canvas =
      spec.targetWidth && spec.targetHeight
        ? { width: spec.targetWidth, height: spec.targetHeight }
        : paddedCanvasSize({ width: info.width, height: info.height });

    const foreground = await sharp(data, raw)
      .resize(canvas.width, canvas.height, { fit: 'inside' })
      .toBuffer({ resolveWithObject: true });
    const background = await this.background(data, raw, canvas, spec.background ?? { type: 'blur' });
    const buffer = await sharp(background, {
      raw: { width: canvas.width, height: canvas.height, channels: 3 },
    })
      .composite([
        {
          input: foreground.data,
          raw: {
            width: foreground.info.width,
            height: foreground.info.height,
            channels: foreground.info.channels,
          },
          left: Math.floor((canvas.width - foreground.info.width) / 2),
          top: Math.floor((canvas.height - foreground.info.height) / 2),
        },
      ])
      .jpeg({ quality: this.quality })
      .toBuffer();
    return { buffer, mime: 'image/jpeg', width: canvas.width, height: canvas.height, bytes: buffer.length };
  }

  private async background(
    data: Buffer,
    raw: RawInput,
    canvas: { width: number; height: number },
    background: PaddingBackground,
  ): Promise<Buffer> {
    const pipeline =
      background.type === 'solid'
        ? sharp({
            create: {
              width: canvas.width,
              height: canvas.height,
              channels: 3,
              background: background.colour,
            },
          })
        : sharp(data, raw)
            .resize(canvas.width, canvas.height, { fit: 'cover' })
            .blur(BLUR_SIGMA)
            .modulate({ brightness: 0.7 });
    return pipeline.removeAlpha().raw().toBuffer();
  }
}
