import { Button, Card, Stack, Title } from '@mantine/core';
import { PageHeader } from '@web/components/PageHeader';
import { useWorkNode } from '@web/lib/current-node';
import { useTranslation } from 'react-i18next';
import { useMarkAllRead } from '../api/use-notifications';
import { useBell } from '../hooks/use-bell';
import { NotificationFeed } from './NotificationFeed';
import { TaskRows } from './TaskRows';

/** Everything that waits on the reader: releases to approve or fix, failed posts, accounts to reconnect. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const node = useWorkNode();
  const bell = useBell();
  const markAll = useMarkAllRead();
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
        <NotificationFeed zone={node.timezone} />
      </Stack>
    </>
  );
}
