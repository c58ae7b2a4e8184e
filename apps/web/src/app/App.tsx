import { Center } from '@mantine/core';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '@web/components/QueryState';
import { SignInPage } from '@web/features/auth';
import { refresh, session } from '@web/lib/session';
import { LanguageSwitch } from './shell/LanguageSwitch';

// Everything past the sign-in screen (router, server state, the shell) is its own chunk, so the
// first screen a user sees is usable after the smallest download.
const SignedIn = lazy(() => import('./SignedIn'));

/** Signed out: the sign-in screen. Signed in: the app, once we know who the user is and where they work. */
export function App() {
  const state = useSyncExternalStore(session.subscribe, session.get);
  const { t } = useTranslation('auth');
  useEffect(() => {
    // A reload keeps the user signed in: the refresh cookie renews the session silently.
    if (session.get().status === 'unknown') void refresh();
  }, []);

  if (state.status === 'unknown') return <LoadingState label={t('restoring')} />;
  if (state.status === 'signed-out') {
    return (
      <SignInPage
        languageSwitch={
          <Center>
            <LanguageSwitch />
          </Center>
        }
      />
    );
  }
  return (
    <Suspense fallback={<LoadingState />}>
      <SignedIn />
    </Suspense>
  );
}
