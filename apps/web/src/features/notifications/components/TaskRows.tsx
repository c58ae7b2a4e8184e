import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChecklist, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReleaseRef } from '../api/types';
import { approvalLink, changesLink } from './links';

/** Releases waiting on the reader: to approve, or sent back to them for changes. */
export function TaskRows({
  approvals,
  changesRequested,
  limit,
  onOpen,
}: {
  approvals: ReleaseRef[];
  changesRequested: ReleaseRef[];
  /** Show at most this many of each (the dropdown); all when absent. */
  limit?: number;
  onOpen?: () => void;
}) {
  const { t } = useTranslation('notifications');
  const rows = [
    ...approvals.slice(0, limit).map((r) => ({
      r,
      to: approvalLink(r),
      kind: 'approval' as const,
    })),
    ...changesRequested.slice(0, limit).map((r) => ({
      r,
      to: changesLink(r),
      kind: 'changes' as const,
    })),
  ];
  if (!rows.length) return null;
  return (
    <Stack gap="sm">
      {rows.map(({ r, to, kind }) => (
        <Group key={`${kind}-${r.id}`} wrap="nowrap" align="flex-start" gap="sm">
          <ThemeIcon color={kind === 'approval' ? 'blue' : 'orange'} variant="light" radius="xl" aria-hidden>
            {kind === 'approval' ? <IconChecklist size={16} /> : <IconPencil size={16} />}
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={to} size="sm" fw={700} onClick={onOpen}>
              {r.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {kind === 'approval' ? t('task.approval') : t('task.changes')}
            </Text>
          </Stack>
        </Group>
      ))}
      {limit !== undefined && approvals.length > limit ? (
        <Anchor component={Link} to="/approvals" size="sm" onClick={onOpen}>
          {t('task.allApprovals', { count: approvals.length })}
        </Anchor>
      ) : null}
    </Stack>
  );
}
