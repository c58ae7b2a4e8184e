import { Anchor, Button, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@web/components/PageHeader';
import { PLATFORMS, PlatformIcon } from '@web/components/PlatformIcon';
import { EmptyState, QueryState } from '@web/components/QueryState';
import { POST_STATES, StateBadge } from '@web/components/StateBadge';
import { useWorkNode } from '@web/lib/current-node';
import { formatShortDateTime, zonedToIso } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { usePosts } from '../api/posts';
import type { PostFilter, PostListItem } from '../api/types';

type Range = [string | null, string | null];

/** The posts of the node's subtree: what is scheduled, what went out, what failed this week. */
export function PostsPage() {
  const { t } = useTranslation('posts');
  const node = useWorkNode();
  const [states, setStates] = useState<string[]>([]);
  const [platform, setPlatform] = useState<string | null>(null);
  const [range, setRange] = useState<Range>([null, null]);

  const filter: PostFilter = useMemo(
    () => ({
      organizationId: node.id,
      states,
      platform,
      // A day picked in the unit's calendar runs from its midnight to the next, in the unit's zone.
      from: range[0] ? zonedToIso(range[0], '00:00', node.timezone) : null,
      to: range[1] ? nextMidnight(range[1], node.timezone) : null,
    }),
    [node.id, node.timezone, states, platform, range],
  );
  const posts = usePosts(filter);
  const filtered = states.length > 0 || platform !== null || range[0] !== null;
  const items = posts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <Group
        component="form"
        role="search"
        aria-label={t('list.filters')}
        onSubmit={(e) => e.preventDefault()}
        align="flex-end"
        gap="md"
        mb="lg"
        wrap="wrap"
      >
        <MultiSelect
          label={t('list.state')}
          placeholder={states.length ? undefined : t('list.statePlaceholder')}
          data={POST_STATES.filter((s) => s !== 'draft').map((s) => ({
            value: s,
            label: t(`common:state.${s}`),
          }))}
          value={states}
          onChange={setStates}
          clearable
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('list.platform')}
          placeholder={t('list.platformPlaceholder')}
          data={PLATFORMS.map((p) => ({ value: p, label: t(`common:platform.${p}`) }))}
          value={platform}
          onChange={setPlatform}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
        <DatePickerInput
          type="range"
          label={t('list.range')}
          placeholder={t('list.rangePlaceholder')}
          value={range}
          onChange={(v) => setRange(v as Range)}
          clearable
          allowSingleDateInRange
          valueFormat="D MMM YYYY"
          w={{ base: '100%', sm: 280 }}
        />
        {filtered ? (
          <Button
            variant="subtle"
            onClick={() => {
              setStates([]);
              setPlatform(null);
              setRange([null, null]);
            }}
          >
            {t('list.clearFilters')}
          </Button>
        ) : null}
      </Group>
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
                    <PostRow key={p.id} post={p} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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

function PostRow({ post }: { post: PostListItem }) {
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
        <Text size="xs" c="dimmed">
          {post.organization.name}
        </Text>
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

/** The midnight after a day of the unit's calendar, as an instant with the unit's offset. */
function nextMidnight(date: string, zone: string): string | null {
  const dt = DateTime.fromISO(date, { zone }).plus({ days: 1 });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}
