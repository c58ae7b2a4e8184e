import type { BrandColours, NodeSettings, PlatformHandles } from './composer.types';

/** What an org node carries, as the api reads it from its row and the web app from GET /organizations/:id. */
export interface NodeSettingsSource {
  name: string;
  timezone: string;
  defaultHashtags?: string[] | null;
  /** Free-form jsonb edited by admins. */
  settings?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The composer's view of an org node. `settings` is free-form jsonb edited by admins, so every key
 * is checked for shape here and ignored when malformed rather than trusted. Pure, and in the browser
 * entry, so the web app's live preview composes with exactly the settings the api uses.
 */
export function nodeSettingsFrom(node: NodeSettingsSource): NodeSettings {
  const settings = isRecord(node.settings) ? node.settings : {};
  const out: NodeSettings = {
    name: node.name,
    timezone: node.timezone,
    defaultHashtags: node.defaultHashtags ?? [],
  };
  const brand = settings.brand;
  if (isRecord(brand) && typeof brand.primary === 'string' && typeof brand.secondary === 'string') {
    out.brand = { primary: brand.primary, secondary: brand.secondary } satisfies BrandColours;
  }
  if (isRecord(settings.mentions)) {
    const mentions: Record<string, PlatformHandles> = {};
    for (const [entity, handles] of Object.entries(settings.mentions)) {
      if (!isRecord(handles)) continue;
      const clean: PlatformHandles = {};
      for (const platform of ['x', 'facebook', 'instagram'] as const) {
        if (typeof handles[platform] === 'string') clean[platform] = handles[platform];
      }
      mentions[entity] = clean;
    }
    out.mentions = mentions;
  }
  if (typeof settings.linkInBioText === 'string' && settings.linkInBioText.trim()) {
    out.linkInBioText = settings.linkInBioText.trim();
  }
  return out;
}
