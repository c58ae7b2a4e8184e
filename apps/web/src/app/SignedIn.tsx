import { Center, Text } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ErrorState, LoadingState } from '@web/components/QueryState';
import { CurrentNodeProvider, useMe } from '@web/lib/current-node';
import { createQueryClient } from '@web/lib/query-client';
import { router } from './router';

/** The signed-in app: who the user is, where they work, then the screens. */
export default function SignedIn() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <WhoAmI />
    </QueryClientProvider>
  );
}

function WhoAmI() {
  const me = useMe();
  const { t } = useTranslation();
  if (me.isPending) return <LoadingState />;
  if (me.isError)
    return (
      <Center p="xl">
        <ErrorState error={me.error} onRetry={() => me.refetch()} />
      </Center>
    );
  if (me.data.memberships.length === 0)
    return (
      <Center p="xl">
        <Text>{t('shell.noNode')}</Text>
      </Center>
    );
  return (
    <CurrentNodeProvider me={me.data}>
      <RouterProvider router={router} />
    </CurrentNodeProvider>
  );
}
