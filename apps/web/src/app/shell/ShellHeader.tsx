import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '@web/features/notifications/bell';
import { LanguageSwitch } from './LanguageSwitch';
import { NodePicker } from './NodePicker';
import { UserMenu } from './UserMenu';

export interface ShellHeaderProps {
  /** The navigation is open (on a phone, where the burger shows it). */
  opened: boolean;
  onToggleMenu: () => void;
}

/** The top bar: the menu burger, the app's name, the node, the language, the bell and the user. */
export function ShellHeader({ opened, onToggleMenu }: ShellHeaderProps) {
  const { t } = useTranslation();
  return (
    <AppShell.Header>
      <Group h="100%" px="md" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={onToggleMenu}
            hiddenFrom="sm"
            size="sm"
            aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
          />
          <Text fw={800} size="lg" c="blue.8">
            {t('appName')}
          </Text>
          <NodePicker />
        </Group>
        <Group gap="sm" wrap="nowrap">
          <LanguageSwitch />
          <NotificationBell />
          <UserMenu />
        </Group>
      </Group>
    </AppShell.Header>
  );
}
