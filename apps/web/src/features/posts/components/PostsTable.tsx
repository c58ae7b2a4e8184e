import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlatformIcon } from '@web/components/PlatformIcon';
import { StateBadge } from '@web/components/StateBadge';
import { formatShortDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { PostListItem } from '../api/types';

/** The posts, one row each: platform, account (and unit, when not the node's own), text, state, time. */
export function PostsTable({ items, nodeId }: { items: PostListItem[]; nodeId: string }) {
  const { t } = useTranslation('posts');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.colPlatform')}</Table.Th>
            <Table.Th>{t('list.colAccount')}</Table.Th>
            <Table.Th>{t('list.colText')}</Table.Th>
            <Table.Th>{t('list.colState')}</Table.Th>
            <Table.Th>{t('list.colTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <PostRow key={p.id} post={p} nodeId={nodeId} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PostRow({ post, nodeId }: { post: PostListItem; nodeId: string }) {
  const { t } = useTranslation('posts');
  const when = post.publishedAt ?? post.publishAt;
  const excerpt = post.excerpt.length > 140 ? `${post.excerpt.slice(0, 140).trimEnd()}…` : post.excerpt;
  return (
    <Table.Tr>
      <Table.Td>
        <PlatformIcon platform={post.platform} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {post.platform === 'facebook' ? post.account.displayName : `@${post.account.handle}`}
        </Text>
        {post.organization.id !== nodeId ? (
          <Text size="xs" c="dimmed">
            {post.organization.name}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td maw={420}>
        <Anchor
          component={Link}
          to={`/posts/${post.id}`}
          size="sm"
          aria-label={t('list.open', { text: excerpt || post.releaseTitle })}
        >
          {excerpt || post.releaseTitle}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {post.releaseTitle}
        </Text>
      </Table.Td>
      <Table.Td>
        <StateBadge state={post.state} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {when ? formatShortDateTime(when, post.organization.timezone, currentLanguage()) : t('list.noTime')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
