import { INSTAGRAM_LIMITS } from '../platform-limits';

export interface Size {
  width: number;
  height: number;
}

export interface RatioRange {
  min: number;
  max: number;
  minWidth: number;
  maxWidth: number;
}

export const INSTAGRAM_FEED_RANGE: RatioRange = {
  min: INSTAGRAM_LIMITS.minAspectRatio,
  max: INSTAGRAM_LIMITS.maxAspectRatio,
  minWidth: INSTAGRAM_LIMITS.minWidth,
  maxWidth: INSTAGRAM_LIMITS.maxWidth,
};

export function aspectRatio(size: Size): number {
  return size.width / size.height;
}

export function isRatioWithin(size: Size, range: RatioRange = INSTAGRAM_FEED_RANGE): boolean {
  const ratio = aspectRatio(size);
  return ratio >= range.min && ratio <= range.max;
}

/**
 * The canvas an image is padded onto so its ratio falls inside the range without cropping: the
 * image keeps its full extent on its long side, the canvas grows on the short side up to the
 * nearest allowed ratio, then the whole is scaled into the width bounds. Rounding always moves
 * towards the inside of the range, so 0.7999 never slips out.
 */
export function paddedCanvasSize(source: Size, range: RatioRange = INSTAGRAM_FEED_RANGE): Size {
  const ratio = aspectRatio(source);
  let width = source.width;
  let height = source.height;
  if (ratio < range.min) width = height * range.min;
  else if (ratio > range.max) height = width / range.max;
  const targetRatio = Math.min(Math.max(ratio, range.min), range.max);
  const scaledWidth = Math.min(Math.max(width, range.minWidth), range.maxWidth);
  return fitRatio(Math.round(scaledWidth), targetRatio, range);
}

/** A same-ratio size within the width bounds: for images that only need re-encoding. */
export function boundedSize(source: Size, range: RatioRange = INSTAGRAM_FEED_RANGE): Size {
  const width = Math.round(Math.min(Math.max(source.width, range.minWidth), range.maxWidth));
  return fitRatio(width, aspectRatio(source), range);
}

function fitRatio(width: number, ratio: number, range: RatioRange): Size {
  let height = Math.max(1, Math.round(width / ratio));
  // Nudge the height by a pixel if rounding pushed the ratio outside the range.
  if (width / height < range.min) height = Math.floor(width / range.min);
  if (width / height > range.max) height = Math.ceil(width / range.max);
  return { width, height };
}
