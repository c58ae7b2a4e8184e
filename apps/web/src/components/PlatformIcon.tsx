import { Group, Text } from '@mantine/core';
import { IconBrandFacebook, IconBrandInstagram, IconBrandX, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
export type PlatformName = (typeof PLATFORMS)[number];

const ICONS = { x: IconBrandX, facebook: IconBrandFacebook, instagram: IconBrandInstagram };
const COLORS = { x: '#000000', facebook: '#1877F2', instagram: '#C13584' };

/**
 * A platform's icon. Alone it is an image named after the platform ("X (Twitter)"); with `withLabel`
 * the name is written beside it and the icon is decorative.
 */
export function PlatformIcon({
  platform,
  size = 18,
  withLabel = false,
}: {
  platform: string;
  size?: number;
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  const known = platform in ICONS;
  const Icon = known ? ICONS[platform as PlatformName] : IconWorld;
  const color = known ? COLORS[platform as PlatformName] : undefined;
  const name = known ? t(`platform.${platform}`) : platform;
  if (withLabel) {
    return (
      <Group gap={6} wrap="nowrap" component="span">
        <Icon size={size} color={color} aria-hidden />
        <Text span size="sm">
          {name}
        </Text>
      </Group>
    );
  }
  return (
    <span role="img" aria-label={name} title={name} style={{ display: 'inline-flex', lineHeight: 0 }}>
      <Icon size={size} color={color} aria-hidden />
    </span>
  );
}
