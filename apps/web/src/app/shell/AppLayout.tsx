import { Anchor, AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from '@web/components/QueryState';
import { ShellHeader } from './ShellHeader';
import { ShellNav } from './ShellNav';

/** The frame around every screen: who and where I am, what I can do, and the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <Anchor href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </Anchor>
      <ShellHeader opened={opened} onToggleMenu={toggle} />
      <ShellNav onNavigate={close} />
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
