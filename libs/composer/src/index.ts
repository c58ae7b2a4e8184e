/**
 * @warta/composer: pure functions from a release to platform drafts (X, Facebook, Instagram), the
 * Indonesian text tools they rest on, hashtag and mention rules, media plans, the fact check and
 * draft validation. The only I/O is image rendering, behind ImageRenderer, kept out of composing.
 * Everything but the renderers is also the browser entry (browser.ts), which the web app bundles.
 */
export * from './browser';
export type { ImageRenderer, RenderedImage, SourceLoader } from './render/image-renderer';
export { TitleCardRenderer, type TitleCardRendererOptions } from './render/title-card.renderer';
export { PaddedRenditionRenderer, type PaddedRenditionSpec } from './render/padded-rendition.renderer';
export { MediaPlanRenderer } from './render/media-plan.renderer';
