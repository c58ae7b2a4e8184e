import { IconBrandFacebook, IconBrandInstagram, IconBrandX } from '@tabler/icons-react';
import type { Platform } from '../api/types';

const ICONS = { x: IconBrandX, facebook: IconBrandFacebook, instagram: IconBrandInstagram } as const;

/**
 * The platform's mark, decorative (the card writes the platform's name beside it, so the shared
 * PlatformIcon, an image named after the platform, would make readers hear the name twice).
 */
export function PlatformIcon({ platform, size = 14 }: { platform: Platform; size?: number }) {
  const Icon = ICONS[platform];
  return <Icon size={size} aria-hidden focusable={false} style={{ flex: 'none' }} />;
}
