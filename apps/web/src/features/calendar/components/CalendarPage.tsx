import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { ErrorState } from '@web/components/QueryState';
import { PageHeader } from '@web/components/PageHeader';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { zoneName } from '@web/lib/dates';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar, type CalendarRange } from '../api/use-calendar';
import type { CalendarItem } from '../api/types';
import { useDropToReschedule } from '../hooks/use-drop-to-reschedule';
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
  const zone = node.timezone;
  const subtree = node.kind !== 'unit';

  const onRangeChange = useCallback(
    (r: CalendarRange) => setRange((prev) => (prev && prev.from === r.from && prev.to === r.to ? prev : r)),
    [],
  );
  const onDrop = useDropToReschedule(zone);

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
          <CalendarStatus fetching={query.isFetching} items={query.data} />
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

/** "Memuat…" while the range loads, then how many posts it holds (announced politely). */
function CalendarStatus({ fetching, items }: { fetching: boolean; items: CalendarItem[] | undefined }) {
  const { t } = useTranslation('calendar');
  return (
    <Group gap="xs" role="status" aria-live="polite" mih={24}>
      {fetching ? (
        <>
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('loading')}
          </Text>
        </>
      ) : items ? (
        <Text size="sm" c="dimmed">
          {items.length === 0 ? t('empty') : t('count', { count: items.length })}
        </Text>
      ) : null}
    </Group>
  );
}
