import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconClockHour8, IconPlugConnected, IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { formatDateTime, zoneName } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../api/types';
import { accountHealth, HEALTH_COLOR } from './account-health';
import { PlatformIcon } from './PlatformIcon';

/** One account: who it is, whether Warta can post with it and for how long, its posting times. */
export function AccountCard({
  account,
  zone,
  now,
  canManage,
  connecting,
  onReconnect,
  onDisconnect,
  onEditSlots,
}: {
  account: SocialAccount;
  zone: string;
  now: Date;
  canManage: boolean;
  connecting: boolean;
  onReconnect(): void;
  onDisconnect(): void;
  onEditSlots(): void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const lang = currentLanguage();
  const health = accountHealth(account, now);
  const name = account.displayName;
  const platform = t(`common:platform.${account.platform}`);
  const handle = account.platform === 'facebook' ? null : `@${account.handle}`;

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={`${platform}: ${name}`}
      data-status={account.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <PlatformIcon platform={account.platform} size={28} />
            <Stack gap={0}>
              <Text fw={700}>{name}</Text>
              <Text size="sm" c="dimmed">
                {platform}
                {handle ? ` · ${handle}` : ''}
              </Text>
            </Stack>
          </Group>
          <Badge
            color={HEALTH_COLOR[health.level]}
            variant={health.level === 'ok' ? 'light' : 'filled'}
            style={{ flex: 'none', overflow: 'visible' }}
          >
            {t(`health.${health.key}`)}
          </Badge>
        </Group>

        <Text size="sm">
          {health.expiry === 'auto'
            ? t('expiry.auto')
            : health.expiry === 'never'
              ? t('expiry.never')
              : health.expiry === 'date' && account.expiresAt
                ? health.key === 'expired'
                  ? t('expiry.expiredOn', { when: formatDateTime(account.expiresAt, zone, lang) })
                  : t('expiry.until', {
                      when: formatDateTime(account.expiresAt, zone, lang),
                      count: health.daysLeft ?? 0,
                    })
                : t('expiry.none')}
        </Text>
        {health.key === 'needsReconnect' || health.key === 'expired' || health.key === 'limited' ? (
          <Text size="sm" c={health.level === 'error' ? 'red.8' : 'yellow.9'}>
            {t(`advice.${health.key}`)}
            {account.statusReason ? ` ${t('advice.reason', { reason: account.statusReason })}` : ''}
          </Text>
        ) : null}
        {health.key === 'expiringSoon' ? (
          <Text size="sm" c="yellow.9">
            {t('advice.expiringSoon')}
          </Text>
        ) : null}

        {account.status !== 'disconnected' ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconClockHour8 size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
            <Text size="sm">
              {(account.postingSlots ?? []).length
                ? t('slots.summary', {
                    times: (account.postingSlots ?? []).map((s) => s.replace(':', '.')).join(', '),
                    zone: zoneName(zone),
                  })
                : t('slots.none')}
            </Text>
          </Group>
        ) : null}

        {canManage ? (
          <Group gap="xs" mt={4}>
            {account.status !== 'disconnected' ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconClockHour8 size={14} aria-hidden />}
                onClick={onEditSlots}
                aria-label={t('slots.editLabel', { name, platform })}
              >
                {t('slots.edit')}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant={health.level === 'ok' ? 'default' : 'filled'}
              leftSection={
                account.status === 'disconnected' ? (
                  <IconPlugConnected size={14} aria-hidden />
                ) : (
                  <IconRefresh size={14} aria-hidden />
                )
              }
              loading={connecting}
              onClick={onReconnect}
              aria-label={t('reconnectLabel', { name, platform })}
            >
              {t('reconnect')}
            </Button>
            {account.status !== 'disconnected' ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconPlugConnectedX size={14} aria-hidden />}
                onClick={onDisconnect}
                aria-label={t('disconnect.buttonLabel', { name, platform })}
              >
                {t('disconnect.button')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
