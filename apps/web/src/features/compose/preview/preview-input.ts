import {
  nodeSettingsFrom,
  PLATFORMS,
  type ComposeInput,
  type ComposeOptions,
  type NodeSettingsSource,
  type Platform,
  type ReleaseMedia,
} from '@warta/composer';

export interface PreviewDraft {
  title: string;
  body: string;
  link?: string;
  hashtags?: string[];
  platforms?: Platform[];
  options?: ComposeOptions;
  /** Uploaded media (not part of the api's /compose/preview, which has none): left out when empty. */
  media?: ReleaseMedia[];
}

/**
 * The composer's input for an unsaved release, built exactly as the api's ComposePreview
 * (libs/releases/src/compose-preview.use-case.ts) builds it, so the live preview in the browser gives
 * the variants the api would: same node settings (nodeSettingsFrom), language 'id', published "now",
 * an empty link left out, every platform unless some are named. apps/api/test/compose-browser-parity
 * proves it. No imports from the web app here: that test imports this file under Node.
 */
export function previewInput(node: NodeSettingsSource, draft: PreviewDraft, now: Date): ComposeInput {
  return {
    release: {
      title: draft.title,
      body: draft.body,
      link: draft.link || undefined,
      hashtags: draft.hashtags,
      language: 'id',
      publishedAt: now.toISOString(),
      ...(draft.media?.length ? { media: draft.media } : {}),
    },
    node: nodeSettingsFrom(node),
    platforms: draft.platforms?.length ? [...new Set(draft.platforms)] : [...PLATFORMS],
    options: draft.options,
  };
}
