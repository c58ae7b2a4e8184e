import {
  Anchor,
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  Select,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBell,
  IconCalendarEvent,
  IconChecklist,
  IconFileText,
  IconLogout,
  IconPencilPlus,
  IconPlugConnected,
  IconSend,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@web/components/QueryState';
import { useCurrentNode } from '@web/lib/current-node';
import { signOut } from '@web/lib/session';
import { NotificationBell } from '@web/features/notifications/bell';
import { LanguageSwitch } from './LanguageSwitch';

const LINKS = [
  { to: '/compose', key: 'compose', icon: IconPencilPlus, permission: 'release:write' },
  { to: '/releases', key: 'releases', icon: IconFileText, permission: 'release:read' },
  { to: '/approvals', key: 'approvals', icon: IconChecklist, permission: 'release:approve' },
  { to: '/calendar', key: 'calendar', icon: IconCalendarEvent, permission: 'release:read' },
  { to: '/posts', key: 'posts', icon: IconSend, permission: 'release:read' },
  { to: '/accounts', key: 'accounts', icon: IconPlugConnected, permission: 'account:read' },
  { to: '/notifications', key: 'notifications', icon: IconBell, permission: null },
] as const;

/** The frame around every screen: who and where I am, what I can do, and the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { me, nodes, node, choose, can } = useCurrentNode();
  const location = useLocation();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <Anchor href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
            />
            <Text fw={800} size="lg" c="blue.8">
              {t('appName')}
            </Text>
            {nodes.length > 1 ? (
              <Select
                aria-label={t('shell.node')}
                size="sm"
                w={260}
                allowDeselect={false}
                value={node?.id ?? null}
                onChange={(v) => v && choose(v)}
                data={nodes.map((n) => ({ value: n.id, label: n.name }))}
              />
            ) : (
              <Text size="sm" c="dimmed" visibleFrom="xs">
                {node?.name}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={`${initials(me.user.name)} — ${t('shell.userMenu')}`}>
                  <Avatar color="blue" radius="xl" size="md">
                    {initials(me.user.name)}
                  </Avatar>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('shell.signedInAs', { name: me.user.name })}</Menu.Label>
                <Menu.Item disabled>{me.user.email}</Menu.Item>
                <Menu.Divider />
                <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
                  {t('action.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {LINKS.filter((l) => l.permission === null || can(l.permission)).map((l) => (
          <NavLink
            key={l.to}
            component={RouterNavLink}
            to={l.to}
            label={t(`nav.${l.key}`)}
            leftSection={<l.icon size={18} aria-hidden />}
            active={location.pathname.startsWith(l.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
