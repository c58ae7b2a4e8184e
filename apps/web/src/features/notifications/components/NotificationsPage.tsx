import { Button, Card, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { EmptyState, QueryState } from '@web/components/QueryState';
import { PageHeader } from '@web/components/PageHeader';
import { useWorkNode } from '@web/lib/current-node';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkAllRead, useMarkRead, useNotificationFeed } from '../api/use-notifications';
import { useBell } from '../hooks/use-bell';
import { NotificationRow } from './NotificationRow';
import { TaskRows } from './TaskRows';

/** Everything that waits on the reader: releases to approve or fix, failed posts, accounts to reconnect. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const node = useWorkNode();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const feed = useNotificationFeed(filter === 'unread');
  const bell = useBell();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const hasTasks = bell.approvals.length + bell.changesRequested.length > 0;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            variant="light"
            disabled={bell.unreadCount === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined)}
          >
            {t('markAllRead')}
          </Button>
        }
      />
      <Stack gap="lg">
        {hasTasks ? (
          <Card withBorder component="section" aria-labelledby="tasks-heading">
            <Title order={2} size="h4" mb="sm" id="tasks-heading">
              {t('task.heading')}
            </Title>
            <TaskRows approvals={bell.approvals} changesRequested={bell.changesRequested} />
          </Card>
        ) : null}
        <Card withBorder component="section" aria-labelledby="feed-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="feed-heading">
              {t('feedHeading')}
            </Title>
            <SegmentedControl
              aria-label={t('filter.label')}
              size="xs"
              value={filter}
              onChange={(v) => setFilter(v as 'all' | 'unread')}
              data={[
                { value: 'all', label: t('filter.all') },
                { value: 'unread', label: t('filter.unread') },
              ]}
            />
          </Group>
          <QueryState
            query={feed}
            label={t('loading')}
            isEmpty={() => items.length === 0}
            empty={
              <EmptyState
                title={filter === 'unread' ? t('emptyUnreadTitle') : t('emptyTitle')}
                hint={t('emptyHint')}
              />
            }
          >
            {() => (
              <Stack gap="md">
                {items.map((n) => (
                  <NotificationRow
                    key={n.id}
                    n={n}
                    zone={node.timezone}
                    onRead={(id) => markRead.mutate(id)}
                  />
                ))}
                {feed.hasNextPage ? (
                  <Group justify="center">
                    <Button
                      variant="default"
                      loading={feed.isFetchingNextPage}
                      onClick={() => void feed.fetchNextPage()}
                    >
                      {t('loadMore')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            )}
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
