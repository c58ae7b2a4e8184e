import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@web/components/QueryState';
import type { Review } from '../hooks/use-review';
import { PostPreview } from './PostPreview';

/** The release's posts as readers will see them (or why they are not shown yet). */
export function ReviewPosts({ review }: { review: Review }) {
  const { t } = useTranslation('approvals');
  const { draftList, drafts } = review;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('review.posts')}
      </Title>
      {draftList ? (
        draftList.length ? (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
            {draftList.map((d) => (
              <PostPreview key={d.id} draft={d} />
            ))}
          </SimpleGrid>
        ) : (
          <EmptyState title={t('review.noPosts')} hint={t('review.noPostsHint')} />
        )
      ) : drafts.isError ? (
        <ErrorState error={drafts.error} onRetry={() => void drafts.refetch()} />
      ) : (
        <LoadingState label={t('review.loadingPosts')} />
      )}
    </Stack>
  );
}
