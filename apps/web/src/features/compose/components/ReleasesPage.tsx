import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { PageHeader } from '@web/components/PageHeader';
import { EmptyState, QueryState } from '@web/components/QueryState';
import { useWorkNode } from '@web/lib/current-node';
import { formatShortDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReleases } from '../api/releases';
import type { Release } from '../api/types';
import { ReleaseStatusBadge } from './ReleaseStatusBadge';

/** Status and time take what they need; the title gets the rest. */
const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;

/** One release's row: its title (the link to it) with its first tags, status, and last change. */
function ReleaseRow({ release: r, zone }: { release: Release; zone: string }) {
  const lang = currentLanguage();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/releases/${r.id}`} fw={600}>
          {r.title}
        </Anchor>
        {r.tags.length ? (
          <Group gap={4} mt={2}>
            {r.tags.slice(0, 4).map((tag) => (
              <Badge key={tag} size="xs" variant="outline" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Table.Td>
      <Table.Td style={NARROW}>
        <ReleaseStatusBadge status={r.status} />
      </Table.Td>
      <Table.Td style={NARROW}>
        <Text size="sm">{formatShortDateTime(r.updatedAt, zone, lang)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The releases loaded so far, one row each. */
function ReleasesTable({ releases, zone }: { releases: Release[]; zone: string }) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Table striped highlightOnHover verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('releases.col.title')}</Table.Th>
          <Table.Th style={NARROW}>{t('releases.col.status')}</Table.Th>
          <Table.Th style={NARROW}>{t('releases.col.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {releases.map((r) => (
          <ReleaseRow key={r.id} release={r} zone={zone} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The node's releases, newest first, with where each stands; the way back to any of them. */
export function ReleasesPage() {
  const { t } = useTranslation(['compose', 'common']);
  const node = useWorkNode();
  const releases = useReleases(node.id);
  const canWrite = node.permissions.includes('release:write');
  const newButton = canWrite ? (
    <Button component={Link} to="/compose" leftSection={<IconPencilPlus size={16} aria-hidden />}>
      {t('common:nav.compose')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('releases.title')}
        description={t('releases.description', { unit: node.name })}
        actions={newButton}
      />
      <QueryState
        query={releases}
        label={t('releases.loading')}
        isEmpty={(d) => d.pages.every((p) => p.items.length === 0)}
        empty={
          <EmptyState
            title={t('releases.empty')}
            hint={canWrite ? t('releases.emptyHint') : undefined}
            action={newButton}
          />
        }
      >
        {(data) => (
          <Stack gap="md">
            <ReleasesTable releases={data.pages.flatMap((p) => p.items)} zone={node.timezone} />
            {releases.hasNextPage ? (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={releases.isFetchingNextPage}
                  onClick={() => void releases.fetchNextPage()}
                >
                  {t('releases.loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
