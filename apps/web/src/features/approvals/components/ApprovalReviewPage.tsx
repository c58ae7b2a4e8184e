import { Anchor, Card, Grid, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@web/components/PageHeader';
import { LoadingState, QueryState } from '@web/components/QueryState';
import { queryKeys } from '@web/lib/query-keys';
import { useRelease } from '../api/approvals';
import type { Release } from '../api/types';
import { useReview } from '../hooks/use-review';
import { DecisionPanel } from './DecisionPanel';
import { ReleaseChanges } from './ReleaseChanges';
import { ReleaseText } from './ReleaseText';
import { ReviewPosts } from './ReviewPosts';
import { ReviewSummary } from './ReviewSummary';

/** Screen 3 (approver side): one release, its posts as readers will see them, what changed, the decision. */
export function ApprovalReviewPage() {
  const { t } = useTranslation('approvals');
  const { releaseId = '' } = useParams();
  const release = useRelease(releaseId);
  const client = useQueryClient();
  // "Muat ulang" after a conflict: the release, its queue entry, its decisions and its posts, afresh.
  const reload = () =>
    void Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.release(releaseId) }),
      client.invalidateQueries({ queryKey: queryKeys.approval(releaseId) }),
      client.invalidateQueries({ queryKey: queryKeys.drafts(releaseId) }),
      client.invalidateQueries({ queryKey: ['approvals'] }),
    ]);
  return (
    <>
      <Anchor
        component={Link}
        to="/approvals"
        size="sm"
        mb="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('review.back')}
      </Anchor>
      <QueryState query={release} label={t('review.loading')}>
        {(r) => <Review release={r} onReload={reload} />}
      </QueryState>
    </>
  );
}

function Review({ release, onReload }: { release: Release; onReload: () => void }) {
  const { t } = useTranslation('approvals');
  const review = useReview(release);
  const { changes, zone } = review;

  return (
    <Stack gap="lg">
      <PageHeader title={release.title} description={t('review.description')} />
      <ReviewSummary release={release} review={review} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {changes === undefined ? (
              <LoadingState label={t('changes.loading')} />
            ) : (
              <ReleaseChanges changes={changes} zone={zone} />
            )}
            <ReleaseText release={release} history={review.history.data} zone={zone} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="md" padding="md" style={{ position: 'sticky', top: 76 }}>
            <DecisionPanel
              releaseId={release.id}
              version={release.version}
              right={review.right}
              onReload={onReload}
            />
          </Card>
        </Grid.Col>
      </Grid>

      <ReviewPosts review={review} />
    </Stack>
  );
}
