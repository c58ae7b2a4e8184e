import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@web/components/PageHeader';
import { EmptyState, QueryState } from '@web/components/QueryState';
import { useWorkNode } from '@web/lib/current-node';
import { usePosts } from '../api/posts';
import { usePostFilters } from '../hooks/use-post-filters';
import { PostFiltersForm } from './PostFiltersForm';
import { PostsTable } from './PostsTable';

/** The posts of the node's subtree: what is scheduled, what went out, what failed this week. */
export function PostsPage() {
  const { t } = useTranslation('posts');
  const node = useWorkNode();
  const filters = usePostFilters(node.id, node.timezone);
  const posts = usePosts(filters.filter);
  const { filtered } = filters;
  const items = posts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <PostFiltersForm filters={filters} />
      <QueryState
        query={posts}
        label={t('list.loading')}
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState
            title={filtered ? t('list.empty') : t('list.emptyAll')}
            hint={filtered ? t('list.emptyHint') : t('list.emptyAllHint')}
          />
        }
      >
        {() => (
          <Stack gap="md">
            <PostsTable items={items} nodeId={node.id} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('list.shown', { count: items.length })}
              </Text>
              {posts.hasNextPage ? (
                <Button
                  variant="default"
                  onClick={() => void posts.fetchNextPage()}
                  loading={posts.isFetchingNextPage}
                >
                  {t('list.loadMore')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
