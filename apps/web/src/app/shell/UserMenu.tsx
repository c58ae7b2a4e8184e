import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentNode } from '@web/lib/current-node';
import { signOut } from '@web/lib/session';

/** Who is signed in (their initials), with their email and "sign out" behind it. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useCurrentNode();
  return (
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
