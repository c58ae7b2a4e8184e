import {
  Avatar,
  Badge,
  Box,
  Card,
  Group,
  Image,
  SimpleGrid,
  Spoiler,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { darkText } from '@web/components/StateBadge';
import { PlatformIcon } from '@web/components/PlatformIcon';
import type { Draft, DraftMedia } from '../api/types';

/**
 * A draft as its platform will show it: a simple look-alike of an X post (with its thread parts
 * numbered), a Facebook Page post or an Instagram post, so the approver judges what readers will see.
 */
export function PostPreview({ draft }: { draft: Draft }) {
  const { t } = useTranslation('approvals');
  const platformName = t(`common:platform.${draft.platform}`);
  const parts = draft.thread && draft.thread.length > 1 ? draft.thread : null;
  const handle = draft.platform === 'facebook' ? draft.account.displayName : `@${draft.account.handle}`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={t('preview.label', { platform: platformName, account: handle })}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            <PlatformIcon platform={draft.platform} withLabel />
          </Title>
          {draft.report && !draft.report.publishable ? (
            <Badge color="red" c={darkText('red')} variant="light">
              {t('preview.notPublishable')}
            </Badge>
          ) : null}
        </Group>
        <AccountLine draft={draft} />
        {draft.platform === 'instagram' ? <MediaGrid media={draft.media} single /> : null}
        <Spoiler maxHeight={260} showLabel={t('preview.showAll')} hideLabel={t('preview.showLess')}>
          {parts ? (
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {parts.map((part, i) => (
                <Box
                  component="li"
                  key={i}
                  pl="sm"
                  style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
                >
                  <Text size="xs" c="dimmed" fw={600}>
                    {t('preview.part', { n: i + 1, total: parts.length })}
                  </Text>
                  <PostText text={part} />
                </Box>
              ))}
            </Stack>
          ) : (
            <PostText text={draft.text} />
          )}
        </Spoiler>
        {draft.platform !== 'instagram' ? <MediaGrid media={draft.media} /> : null}
        {draft.firstComment ? (
          <Box p="xs" bg="gray.0" style={{ borderRadius: 8 }}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('preview.firstComment')}
            </Text>
            <PostText text={draft.firstComment} />
          </Box>
        ) : null}
        {draft.report?.problems.length ? (
          <Stack gap={2}>
            {draft.report.problems.map((p, i) => (
              <Text key={i} size="sm" c="red.8">
                {p.message}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function AccountLine({ draft }: { draft: Draft }) {
  const initials = draft.account.displayName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar radius="xl" color="blue" aria-hidden>
        {initials}
      </Avatar>
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={700} truncate>
          {draft.account.displayName}
        </Text>
        {draft.platform !== 'facebook' ? (
          <Text size="xs" c="dimmed" truncate>
            @{draft.account.handle}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}

function PostText({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

function MediaGrid({ media, single = false }: { media: DraftMedia[]; single?: boolean }) {
  const { t } = useTranslation('approvals');
  if (!media.length) return null;
  const shown = single ? media.slice(0, 1) : media;
  return (
    <SimpleGrid cols={shown.length === 1 ? 1 : 2} spacing={4}>
      {shown.map((m, i) => (
        <Image
          key={m.id}
          src={m.url}
          alt={
            m.altText ??
            (m.purpose === 'title_card' ? t('preview.titleCard') : t('preview.image', { n: i + 1 }))
          }
          radius="sm"
          fit="cover"
          mah={single ? 420 : 200}
          loading="lazy"
        />
      ))}
      {single && media.length > 1 ? (
        <Text size="xs" c="dimmed">
          {t('preview.moreImages', { count: media.length - 1 })}
        </Text>
      ) : null}
    </SimpleGrid>
  );
}
