import { Anchor, Box, Card, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@web/components/PageHeader';
import { PlatformIcon } from '@web/components/PlatformIcon';
import { QueryState } from '@web/components/QueryState';
import { StateBadge } from '@web/components/StateBadge';
import { useWorkNode } from '@web/lib/current-node';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { usePost } from '../api/posts';
import type { PostDetail } from '../api/types';
import { PostActions } from './PostActions';
import { PostContent } from './PostContent';
import { PostMetrics } from './PostMetrics';
import { PostTimeline } from './PostTimeline';

/** Screen 6: one post, its way to the platform as a timeline, its figures, and what can be done. */
export function PostDetailPage() {
  const { t } = useTranslation('posts');
  const { postId = '' } = useParams();
  const post = usePost(postId);
  return (
    <>
      <Anchor
        component={Link}
        to="/posts"
        size="sm"
        mb="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Anchor>
      <QueryState query={post} label={t('detail.loading')}>
        {(p) => <Detail post={p} />}
      </QueryState>
    </>
  );
}

function Detail({ post }: { post: PostDetail }) {
  const { t } = useTranslation('posts');
  const node = useWorkNode();
  const zone = post.publishZone ?? node.timezone;
  const lang = currentLanguage();
  const platform = t(`common:platform.${post.platform}`);
  return (
    <Stack gap="lg">
      <PageHeader title={t('detail.title', { platform })} description={t('detail.description')} />
      <Card withBorder radius="md" padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Meta label={t('detail.release')}>
            <Anchor component={Link} to={`/releases/${post.releaseId}`} size="sm">
              {post.releaseTitle}
            </Anchor>
          </Meta>
          <Meta label={t('detail.account')}>
            <Group gap={6} wrap="nowrap">
              <PlatformIcon platform={post.platform} />
              <Text size="sm">
                {post.platform === 'facebook' ? post.account.displayName : `@${post.account.handle}`}
              </Text>
            </Group>
          </Meta>
          <Meta label={t('detail.state')}>
            <StateBadge state={post.state} />
          </Meta>
          <Meta label={post.publishedAt ? t('detail.publishedAt') : t('detail.publishAt')}>
            <Text size="sm">
              {post.publishedAt || post.publishAt
                ? formatDateTime((post.publishedAt ?? post.publishAt)!, zone, lang)
                : t('list.noTime')}
            </Text>
          </Meta>
        </SimpleGrid>
      </Card>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <PostTimeline post={post} zone={zone} />
            {post.state === 'published' ? <PostMetrics metrics={post.metrics} zone={zone} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <PostActions post={post} zone={zone} />
            <PostContent post={post} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Box mt={2}>{children}</Box>
    </div>
  );
}
