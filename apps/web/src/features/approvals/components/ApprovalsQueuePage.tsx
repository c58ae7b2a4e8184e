import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@web/components/PageHeader';
import { PlatformIcon } from '@web/components/PlatformIcon';
import { EmptyState, QueryState } from '@web/components/QueryState';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useWorkNode } from '@web/lib/current-node';
import { subtreeOf, useApprovalsQueue, useVisibleNodes } from '../api/approvals';
import type { Organization, QueuedRelease } from '../api/types';
import { StepStatus } from './StepStatus';

/** Screen 3 (approver side): the releases waiting for me across my subtree, oldest first. */
export function ApprovalsQueuePage() {
  const { t } = useTranslation('approvals');
  const node = useWorkNode();
  const nodes = useVisibleNodes();
  const [unit, setUnit] = useState<string | null>(null);
  const queue = useApprovalsQueue(unit);

  const byId = useMemo(() => new Map((nodes.data ?? []).map((n) => [n.id, n])), [nodes.data]);
  const units = useMemo(() => {
    const under = subtreeOf(node.id, nodes.data ?? []);
    return (nodes.data ?? [])
      .filter((n) => under.has(n.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'id'))
      .map((n) => ({ value: n.id, label: n.name }));
  }, [node.id, nodes.data]);
  const items = useMemo(() => queue.data?.pages.flatMap((p) => p.items) ?? [], [queue.data]);

  return (
    <>
      <PageHeader title={t('queue.title')} description={t('queue.description')} />
      {units.length > 1 ? (
        <Select
          label={t('queue.unitFilter')}
          placeholder={t('queue.allUnits')}
          data={units}
          value={unit}
          onChange={setUnit}
          clearable
          searchable
          w={{ base: '100%', sm: 360 }}
          mb="lg"
        />
      ) : null}
      <QueryState
        query={queue}
        label={t('queue.loading')}
        isEmpty={() => items.length === 0 && !queue.hasNextPage}
        empty={
          <EmptyState
            title={unit ? t('queue.emptyFiltered') : t('queue.empty')}
            hint={unit ? undefined : t('queue.emptyHint')}
          />
        }
      >
        {() => (
          <Stack gap="md">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('queue.count', { count: items.length })}
            </Text>
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((item) => (
                <li key={item.id}>
                  <QueueItem item={item} unit={byId.get(item.organizationId)} fallbackZone={node.timezone} />
                </li>
              ))}
            </Stack>
            {queue.hasNextPage ? (
              <Group>
                <Button
                  variant="default"
                  onClick={() => void queue.fetchNextPage()}
                  loading={queue.isFetchingNextPage}
                >
                  {t('queue.loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function QueueItem({
  item,
  unit,
  fallbackZone,
}: {
  item: QueuedRelease;
  unit: Organization | undefined;
  fallbackZone: string;
}) {
  const { t } = useTranslation('approvals');
  const zone = unit?.timezone ?? fallbackZone;
  const first = item.stepsDone?.find((s) => s.step === 1 && s.decision === 'approved');
  const platforms = [...new Set((item.drafts ?? []).map((d) => d.platform))];
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/approvals/${item.id}`}>
            {item.title}
          </Anchor>
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs" verticalSpacing={4}>
          <Meta label={t('queue.unit')} value={unit?.name ?? '—'} />
          <Meta label={t('queue.author')} value={item.author?.name ?? '—'} />
          <Meta
            label={t('queue.submittedAt')}
            value={formatDateTime(item.submittedAt, zone, currentLanguage())}
          />
          {platforms.length ? (
            <div>
              <Text size="xs" c="dimmed">
                {t('queue.platforms')}
              </Text>
              <Group gap={8} mt={2}>
                {platforms.map((p) => (
                  <PlatformIcon key={p} platform={p} />
                ))}
              </Group>
            </div>
          ) : null}
        </SimpleGrid>
        <StepStatus
          zone={zone}
          info={{
            policy: item.approvalPolicy,
            pendingStep: item.pendingStep,
            firstStep: first ? { name: first.decidedBy?.name ?? null, at: first.decidedAt } : null,
          }}
        />
        <Group>
          <Button
            component={Link}
            to={`/approvals/${item.id}`}
            size="xs"
            aria-label={t('queue.openNamed', { title: item.title })}
          >
            {t('queue.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
