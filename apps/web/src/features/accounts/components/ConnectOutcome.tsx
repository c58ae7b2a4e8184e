import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What the api's OAuth callback reported when it sent the person back (?connected= / ?error=). */
export function ConnectOutcome({ params, onDismiss }: { params: URLSearchParams; onDismiss(): void }) {
  const { t, i18n } = useTranslation(['accounts', 'common']);
  const connected = params.get('connected');
  const error = params.get('error');
  if (!connected && !error) return null;
  const ok = !!connected;
  const errorKey = `connectError.${error}`;
  const message = ok
    ? t('connected', { platform: t(`common:platform.${connected}`, { defaultValue: connected }) })
    : i18n.exists(errorKey, { ns: 'accounts' })
      ? t(errorKey)
      : t('connectError.other', { code: error });
  return (
    <Alert
      color={ok ? 'green' : 'red'}
      variant="light"
      icon={ok ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      role={ok ? 'status' : 'alert'}
      title={ok ? t('connectedTitle') : t('connectFailedTitle')}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{message}</Text>
        <CloseButton aria-label={t('common:action.close')} onClick={onDismiss} />
      </Group>
    </Alert>
  );
}
