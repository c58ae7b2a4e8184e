import { IconBrandFacebook, IconBrandInstagram, IconBrandX } from '@tabler/icons-react';
import type { Platform } from '../api/types';

const ICONS = { x: IconBrandX, facebook: IconBrandFacebook, instagram: IconBrandInstagram } as const;

/** The platform's mark, decorative: the platform's name is always written beside it or hidden for readers. */
export function PlatformIcon({ platform, size = 14 }: { platform: Platform; size?: number }) {
  const Icon = ICONS[platform];
  return <Icon size={size} aria-hidden focusable={false} style={{ flex: 'none' }} />;
}
