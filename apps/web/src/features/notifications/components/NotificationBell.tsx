import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useCurrentNode } from '@web/lib/current-node';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UNREAD_CAP, useMarkAllRead, useMarkRead, useNotifications } from '../api/use-notifications';
import { useBell } from '../hooks/use-bell';
import { countText } from './links';
import { NotificationRow } from './NotificationRow';
import { TaskRows } from './TaskRows';

/** The header's bell: how many things wait on me (asked every 30 s), and the latest few. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [opened, { toggle, close }] = useDisclosure(false);
  const bell = useBell();
  const count = countText(bell.total, UNREAD_CAP);
  const label = bell.total === 0 ? t('bell.labelNone') : t('bell.label', { count: bell.total, shown: count });

  return (
    <Indicator
      label={<span aria-hidden>{count}</span>}
      disabled={bell.total === 0}
      color="red"
      size={18}
      offset={6}
      data-testid="bell-indicator"
    >
      <Popover
        opened={opened}
        onChange={(o) => (o ? undefined : close())}
        onDismiss={close}
        position="bottom-end"
        width={400}
        shadow="md"
        withinPortal
        returnFocus
        trapFocus
        hideDetached={false}
      >
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={toggle}>
            <IconBell size={22} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        {/* Named by the bell's own label (Mantine links the dialog to its target). */}
        <Popover.Dropdown>{opened ? <BellDropdown onClose={close} /> : null}</Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function BellDropdown({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('notifications');
  const { node } = useCurrentNode();
  const bell = useBell();
  const latest = useNotifications({ limit: 5 });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const zone = node?.timezone ?? 'Asia/Jakarta';
  const items = latest.data?.items ?? [];
  const hasTasks = bell.approvals.length + bell.changesRequested.length > 0;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={700}>{t('bell.title')}</Text>
        {bell.unreadCount > 0 ? (
          <Button
            variant="subtle"
            size="compact-sm"
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined)}
          >
            {t('markAllRead')}
          </Button>
        ) : null}
      </Group>
      {hasTasks ? (
        <>
          <TaskRows
            approvals={bell.approvals}
            changesRequested={bell.changesRequested}
            limit={3}
            onOpen={onClose}
          />
          {items.length > 0 || !latest.isSuccess ? <Divider /> : null}
        </>
      ) : null}
      {latest.isPending ? (
        <Text size="sm" c="dimmed" role="status">
          {t('loading')}
        </Text>
      ) : latest.isError ? (
        <Text size="sm" c="red" role="alert">
          {t('loadFailed')}
        </Text>
      ) : items.length === 0 ? (
        hasTasks ? null : (
          <Text size="sm" c="dimmed">
            {t('emptyTitle')}
          </Text>
        )
      ) : (
        items.map((n) => (
          <NotificationRow
            key={n.id}
            n={n}
            zone={zone}
            compact
            onOpen={onClose}
            onRead={(id) => markRead.mutate(id)}
          />
        ))
      )}
      <Divider />
      <Anchor component={Link} to="/notifications" size="sm" onClick={onClose}>
        {t('bell.seeAll')}
      </Anchor>
    </Stack>
  );
}
