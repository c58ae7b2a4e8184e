import { Button, Card, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { EmptyState, QueryState } from '@web/components/QueryState';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkRead, useNotificationFeed } from '../api/use-notifications';
import { NotificationRow } from './NotificationRow';

type FeedFilter = 'all' | 'unread';

/** The reader's notifications, all or unread only, newest first, a page at a time. */
export function NotificationFeed({ zone }: { zone: string }) {
  const { t } = useTranslation('notifications');
  const [filter, setFilter] = useState<FeedFilter>('all');
  const feed = useNotificationFeed(filter === 'unread');
  const markRead = useMarkRead();
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="feed-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="feed-heading">
          {t('feedHeading')}
        </Title>
        <SegmentedControl
          aria-label={t('filter.label')}
          size="xs"
          value={filter}
          onChange={(v) => setFilter(v as FeedFilter)}
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
              <NotificationRow key={n.id} n={n} zone={zone} onRead={(id) => markRead.mutate(id)} />
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
  );
}
