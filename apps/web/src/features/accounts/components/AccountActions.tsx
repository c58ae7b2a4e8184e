import { Button, Group } from '@mantine/core';
import { IconClockHour8, IconPlugConnected, IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../api/types';
import type { AccountHealth } from './account-health';

export interface AccountActionsProps {
  account: SocialAccount;
  health: AccountHealth;
  /** The account's name and platform, as the buttons' accessible names say them. */
  name: string;
  platform: string;
  connecting: boolean;
  onReconnect(): void;
  onDisconnect(): void;
  onEditSlots(): void;
}

/** A manager's buttons on a card: posting times, reconnect (stressed when unhealthy), disconnect. */
export function AccountActions({
  account,
  health,
  name,
  platform,
  connecting,
  onReconnect,
  onDisconnect,
  onEditSlots,
}: AccountActionsProps) {
  const { t } = useTranslation(['accounts', 'common']);
  const connected = account.status !== 'disconnected';
  return (
    <Group gap="xs" mt={4}>
      {connected ? (
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
          connected ? <IconRefresh size={14} aria-hidden /> : <IconPlugConnected size={14} aria-hidden />
        }
        loading={connecting}
        onClick={onReconnect}
        aria-label={t('reconnectLabel', { name, platform })}
      >
        {t('reconnect')}
      </Button>
      {connected ? (
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
  );
}
