import { Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostDetail } from '../api/types';

/** What the post says: its text (or each part of its thread, numbered), and its first comment. */
export function PostContent({ post }: { post: PostDetail }) {
  const { t } = useTranslation('posts');
  const thread = post.content.thread && post.content.thread.length > 1 ? post.content.thread : null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('detail.content')}
      </Title>
      {thread ? (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {thread.map((part, i) => (
            <Box
              component="li"
              key={i}
              pl="sm"
              style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
            >
              <Text size="xs" c="dimmed" fw={600}>
                {t('detail.part', { n: i + 1, total: thread.length })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {part}
              </Text>
            </Box>
          ))}
        </Stack>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {post.content.text ?? ''}
        </Text>
      )}
      {post.content.firstComment ? (
        <Box p="xs" bg="gray.0" style={{ borderRadius: 8 }}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('detail.firstComment')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {post.content.firstComment}
          </Text>
        </Box>
      ) : null}
    </Stack>
  );
}
