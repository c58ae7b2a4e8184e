import { AppShell, NavLink } from '@mantine/core';
import {
  IconBell,
  IconCalendarEvent,
  IconChecklist,
  IconFileText,
  IconPencilPlus,
  IconPlugConnected,
  IconSend,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { useCurrentNode } from '@web/lib/current-node';

const LINKS = [
  { to: '/compose', key: 'compose', icon: IconPencilPlus, permission: 'release:write' },
  { to: '/releases', key: 'releases', icon: IconFileText, permission: 'release:read' },
  { to: '/approvals', key: 'approvals', icon: IconChecklist, permission: 'release:approve' },
  { to: '/calendar', key: 'calendar', icon: IconCalendarEvent, permission: 'release:read' },
  { to: '/posts', key: 'posts', icon: IconSend, permission: 'release:read' },
  { to: '/accounts', key: 'accounts', icon: IconPlugConnected, permission: 'account:read' },
  { to: '/notifications', key: 'notifications', icon: IconBell, permission: null },
] as const;

/** The side navigation: the screens my role on this node lets me use; following one closes it. */
export function ShellNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { can } = useCurrentNode();
  const location = useLocation();
  return (
    <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
      {LINKS.filter((l) => l.permission === null || can(l.permission)).map((l) => (
        <NavLink
          key={l.to}
          component={RouterNavLink}
          to={l.to}
          label={t(`nav.${l.key}`)}
          leftSection={<l.icon size={18} aria-hidden />}
          active={location.pathname.startsWith(l.to)}
          onClick={onNavigate}
        />
      ))}
    </AppShell.Navbar>
  );
}
