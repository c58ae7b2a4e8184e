import { Avatar, Group, Stack, Text } from '@mantine/core';

export interface PreviewAccount {
  displayName: string;
  handle: string;
}

export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** The avatar (initials), display name and handle the way each platform shows them above a post. */
export function AccountHeader({
  account,
  handlePrefix,
  color,
  extra,
}: {
  account: PreviewAccount;
  handlePrefix?: string;
  color: string;
  extra?: React.ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Avatar color={color} radius="xl" size={36} aria-hidden>
        {initials(account.displayName)}
      </Avatar>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={700} size="sm" truncate>
          {account.displayName}
        </Text>
        {account.handle && account.handle !== account.displayName ? (
          <Text size="xs" c="dimmed" truncate>
            {handlePrefix}
            {account.handle.replace(/^@/, '')}
          </Text>
        ) : null}
      </Stack>
      {extra}
    </Group>
  );
}
