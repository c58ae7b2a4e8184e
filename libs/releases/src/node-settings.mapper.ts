import type { BrandColours, NodeSettings, PlatformHandles } from '@warta/composer';
import type { Organization } from '@warta/organizations';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The composer's view of an org node. `settings` is free-form jsonb edited by admins, so every key
 * is checked for shape here and ignored when malformed rather than trusted.
 */
export function nodeSettingsFrom(node: Organization): NodeSettings {
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
