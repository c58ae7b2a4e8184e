import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartConnect } from '../api/use-accounts';
import type { ConnectablePlatform } from '../api/types';

/**
 * Connecting (or reconnecting) an account: asks the api for the platform's consent page and opens
 * it. `connecting` is the key of the button that started it (its loader), until the page leaves.
 */
export function useConnectAccount() {
  const { t } = useTranslation(['accounts', 'common']);
  const start = useStartConnect();
  const [connecting, setConnecting] = useState<string | null>(null);

  const connect = async (platform: ConnectablePlatform, organizationId: string, key: string) => {
    setConnecting(key);
    try {
      const url = await start.mutateAsync({ platform, organizationId });
      window.location.assign(url);
    } catch (e) {
      setConnecting(null);
      notifications.show({
        color: 'red',
        title: t('connectFailedTitle'),
        message: e instanceof Error ? e.message : String(e),
      });
    }
  };

  return { connecting, connect };
}

export type ConnectAccount = ReturnType<typeof useConnectAccount>['connect'];
