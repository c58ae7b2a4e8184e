import { Button, SimpleGrid, Text } from '@mantine/core';
import { QueryState } from '@web/components/QueryState';
import { useTranslation } from 'react-i18next';
import { useCreateDrafts } from '../api/releases';
import type { Release } from '../api/types';
import type { ReleaseWorkflow } from '../hooks/useReleaseWorkflow';
import { ConflictNotice } from './ConflictNotice';
import { DraftCard } from './DraftCard';
import { ReleaseSectionHeader } from './ReleaseSectionHeader';

/** The post for each connected account, and (for a writer) composing them again. */
export function ReleaseDraftsSection({
  release,
  drafts,
  canWrite,
  onReload,
}: {
  release: Release;
  drafts: ReleaseWorkflow['drafts'];
  canWrite: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  const createDrafts = useCreateDrafts();
  return (
    <section aria-labelledby="drafts-heading">
      <ReleaseSectionHeader
        id="drafts-heading"
        title={t('draft.heading')}
        action={
          canWrite && release.status !== 'archived' ? (
            <Button
              size="xs"
              variant="default"
              loading={createDrafts.isPending}
              onClick={() => createDrafts.mutate({ releaseId: release.id })}
            >
              {t('draft.recompose')}
            </Button>
          ) : null
        }
      />
      <ConflictNotice error={createDrafts.error} onReload={onReload} />
      <QueryState
        query={drafts}
        label={t('draft.loading')}
        isEmpty={(d) => d.items.length === 0}
        empty={<Text c="dimmed">{t('draft.empty')}</Text>}
      >
        {(d) => (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
            {d.items.map((draft) => (
              <DraftCard
                key={`${draft.id}-${draft.version}`}
                draft={draft}
                release={{
                  title: release.title,
                  body: release.body,
                  ...(release.link ? { link: release.link } : {}),
                }}
                canEdit={canWrite}
                onReload={onReload}
              />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </section>
  );
}
