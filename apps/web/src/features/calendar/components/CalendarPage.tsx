import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconWorld } from '@tabler/icons-react';
import { ErrorState } from '@web/components/QueryState';
import { PageHeader } from '@web/components/PageHeader';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { formatDateTime, zoneName } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar, type CalendarRange } from '../api/use-calendar';
import { useReschedulePost } from '../api/use-reschedule-post';
import type { CalendarItem } from '../api/types';
import { handleDrop } from '../hooks/drop-handler';
import { CalendarLegend } from './CalendarLegend';
import { PostCalendar } from './PostCalendar';
import './calendar.css';

const NO_ITEMS: CalendarItem[] = [];

/** Month, week and list views of the node's posts (and its units' for a Kanwil), in the node's zone. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const node = useWorkNode();
  const { can } = useCurrentNode();
  const [range, setRange] = useState<CalendarRange | null>(null);
  const query = useCalendar(node.id, range);
  const reschedule = useReschedulePost();
  const zone = node.timezone;
  const subtree = node.kind !== 'unit';

  const onRangeChange = useCallback(
    (r: CalendarRange) => setRange((prev) => (prev && prev.from === r.from && prev.to === r.to ? prev : r)),
    [],
  );
  const onDrop = (item: CalendarItem, newStart: string | null, revert: () => void) =>
    void handleDrop(
      { item, newStart, revert },
      {
        reschedule: (input) => reschedule.mutateAsync(input),
        notify: (kind, message) =>
          notifications.show({
            color: kind === 'success' ? 'green' : 'red',
            title: t(kind === 'success' ? 'movedTitle' : 'moveFailedTitle'),
            message,
          }),
        messages: {
          moved: (iso) => t('moved', { when: formatDateTime(iso, zone, currentLanguage()) }),
          failed: t('moveFailed'),
          notDraggable: t('notDraggable'),
        },
      },
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={subtree ? t('descriptionSubtree') : t('description')}
        actions={
          <Group gap={6}>
            <IconWorld size={18} aria-hidden />
            <Text fw={600}>{t('zone', { zone: zoneName(zone) })}</Text>
          </Group>
        }
      />
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <CalendarLegend />
          <Group gap="xs" role="status" aria-live="polite" mih={24}>
            {query.isFetching ? (
              <>
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dimmed">
                  {t('loading')}
                </Text>
              </>
            ) : query.data ? (
              <Text size="sm" c="dimmed">
                {query.data.length === 0 ? t('empty') : t('count', { count: query.data.length })}
              </Text>
            ) : null}
          </Group>
        </Group>
        {can('post:schedule') ? (
          <Alert variant="light" color="blue" p="xs">
            <Text size="sm">{t('dragHint')}</Text>
          </Alert>
        ) : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        <PostCalendar
          items={query.data ?? NO_ITEMS}
          timeZone={zone}
          canSchedule={can('post:schedule')}
          showUnit={subtree}
          onRangeChange={onRangeChange}
          onDrop={onDrop}
        />
      </Stack>
    </>
  );
}
