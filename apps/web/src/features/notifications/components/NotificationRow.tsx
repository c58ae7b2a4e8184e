import { Anchor, Badge, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconPlugConnectedX } from '@tabler/icons-react';
import { formatShortDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItem } from '../api/types';
import { notificationLink } from './links';

const KIND_ICON = {
  post_failed: { icon: IconCircleX, color: 'red' },
  post_needs_review: { icon: IconAlertTriangle, color: 'yellow' },
  account_needs_reconnect: { icon: IconPlugConnectedX, color: 'orange' },
} as const;

/** One notification: what happened in a sentence, a link to where it is fixed, when, read or not. */
export function NotificationRow({
  n,
  zone,
  compact = false,
  onOpen,
  onRead,
}: {
  n: NotificationItem;
  zone: string;
  compact?: boolean;
  /** Called when the link is followed (the dropdown closes). */
  onOpen?: () => void;
  onRead(id: string): void;
}) {
  const { t } = useTranslation('notifications');
  const { icon: Icon, color } = KIND_ICON[n.kind] ?? KIND_ICON.post_failed;
  return (
    <Group wrap="nowrap" align="flex-start" gap="sm" data-unread={!n.read || undefined}>
      <ThemeIcon color={color} variant="light" size="md" radius="xl" aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Anchor
          component={Link}
          to={notificationLink(n)}
          fw={n.read ? 500 : 700}
          size="sm"
          onClick={() => {
            if (!n.read) onRead(n.id);
            onOpen?.();
          }}
        >
          {n.title}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={compact ? 2 : undefined}>
          {n.body}
        </Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {formatShortDateTime(n.createdAt, zone, currentLanguage())}
          </Text>
          {!n.read ? (
            <Badge size="xs" variant="light" color="blue">
              {t('unreadBadge')}
            </Badge>
          ) : null}
        </Group>
      </Stack>
      {!n.read && !compact ? (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => onRead(n.id)}
          aria-label={t('markOneReadLabel', { title: n.title })}
        >
          {t('markOneRead')}
        </Button>
      ) : null}
    </Group>
  );
}
