import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ErrorState } from '@web/components/QueryState';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialAccount } from '../api/types';

/** Disconnecting stops every post of the account: the person confirms, with a reason for the audit. */
export function DisconnectModal({
  account,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  account: SocialAccount | null;
  pending: boolean;
  error: unknown;
  onConfirm(reason: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const [reason, setReason] = useState('');
  const platform = account ? t(`common:platform.${account.platform}`) : '';
  return (
    <Modal
      opened={!!account}
      onClose={onClose}
      title={t('disconnect.title', { name: account?.displayName ?? '', platform })}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">{t('disconnect.body')}</Text>
        {account?.platform === 'facebook' ? (
          <Text size="sm" fw={600}>
            {t('disconnect.facebookNote')}
          </Text>
        ) : null}
        <Textarea
          label={t('disconnect.reason')}
          description={t('disconnect.reasonHint')}
          value={reason}
          maxLength={500}
          autosize
          minRows={2}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {error ? <ErrorState error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={() => onConfirm(reason.trim())}>
            {t('disconnect.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
