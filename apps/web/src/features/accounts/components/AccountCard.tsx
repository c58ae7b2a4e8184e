import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconClockHour8 } from '@tabler/icons-react';
import { formatDateTime, zoneName } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../api/types';
import { AccountActions } from './AccountActions';
import { accountHealth, HEALTH_COLOR, type AccountHealth } from './account-health';
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
  const health = accountHealth(account, now);
  const name = account.displayName;
  const platform = t(`common:platform.${account.platform}`);

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={`${platform}: ${name}`}
      data-status={account.status}
    >
      <Stack gap="xs">
        <AccountIdentity account={account} health={health} platform={platform} />

        <AccountExpiry account={account} health={health} zone={zone} />

        {account.status !== 'disconnected' ? <PostingSlotsSummary account={account} zone={zone} /> : null}

        {canManage ? (
          <AccountActions
            account={account}
            health={health}
            name={name}
            platform={platform}
            connecting={connecting}
            onReconnect={onReconnect}
            onDisconnect={onDisconnect}
            onEditSlots={onEditSlots}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

interface AccountPartProps {
  account: SocialAccount;
  health: AccountHealth;
}

/** Its icon, name, platform and handle, and its health badge. */
function AccountIdentity({ account, health, platform }: AccountPartProps & { platform: string }) {
  const { t } = useTranslation(['accounts', 'common']);
  const handle = account.platform === 'facebook' ? null : `@${account.handle}`;
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Group gap="sm" wrap="nowrap">
        <PlatformIcon platform={account.platform} size={28} />
        <Stack gap={0}>
          <Text fw={700}>{account.displayName}</Text>
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
  );
}

/** How long Warta can post with it, and what to do when that is a problem. */
function AccountExpiry({ account, health, zone }: AccountPartProps & { zone: string }) {
  const { t } = useTranslation(['accounts', 'common']);
  return (
    <>
      <Text size="sm">{expiryText(t, account, health, zone)}</Text>
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
    </>
  );
}

function expiryText(t: TFunction, account: SocialAccount, health: AccountHealth, zone: string): string {
  if (health.expiry === 'auto') return t('expiry.auto');
  if (health.expiry === 'never') return t('expiry.never');
  if (health.expiry !== 'date' || !account.expiresAt) return t('expiry.none');
  const when = formatDateTime(account.expiresAt, zone, currentLanguage());
  return health.key === 'expired'
    ? t('expiry.expiredOn', { when })
    : t('expiry.until', { when, count: health.daysLeft ?? 0 });
}

/** Its posting times in its unit's zone ("07.00, 12.00 WIB"), or that it has none. */
function PostingSlotsSummary({ account, zone }: { account: SocialAccount; zone: string }) {
  const { t } = useTranslation(['accounts', 'common']);
  const slots = account.postingSlots ?? [];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconClockHour8 size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      <Text size="sm">
        {slots.length
          ? t('slots.summary', {
              times: slots.map((s) => s.replace(':', '.')).join(', '),
              zone: zoneName(zone),
            })
          : t('slots.none')}
      </Text>
    </Group>
  );
}
