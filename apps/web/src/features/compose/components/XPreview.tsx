import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { weightedLength, type Problem } from '@warta/composer';
import { useTranslation } from 'react-i18next';
import { AccountHeader, type PreviewAccount } from './AccountHeader';
import { PreviewPhoto, type InstagramImage } from './InstagramPreview';
import { MarkedText, type Highlight } from './MarkedText';
import { XCounter } from './XCounter';

export interface PathHighlight extends Highlight {
  path: string;
}

/**
 * The X post (or thread, one card per numbered part) as the account's followers will see it, each
 * part with its weighted count, and the hashtags the composer had to leave out, with the reason.
 */
export function XPreview({
  account,
  text,
  thread,
  problems = [],
  highlight,
  photo,
}: {
  account: PreviewAccount;
  text: string;
  thread?: string[];
  problems?: Problem[];
  highlight?: PathHighlight | null;
  /** The photo attached to the post (to the first part of a thread). */
  photo?: InstagramImage | null;
}) {
  const { t } = useTranslation('compose');
  const parts = thread?.length ? thread : [text];
  const dropped = problems.filter((p) => p.code === 'HASHTAGS_DROPPED');
  return (
    <Stack gap="xs">
      {parts.map((part, i) => {
        const path = thread?.length ? `thread[${i}]` : 'text';
        return (
          <Paper key={i} withBorder p="sm" radius="md" data-testid="x-part" style={{ contain: 'content' }}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
              <AccountHeader account={account} handlePrefix="@" color="dark" />
              <XCounter used={weightedLength(part)} />
            </Group>
            {parts.length > 1 ? (
              <Text size="xs" c="dimmed" mb={4}>
                {t('preview.threadPart', { n: i + 1, total: parts.length })}
              </Text>
            ) : null}
            <MarkedText text={part} highlight={highlight?.path === path ? highlight : null} />
            {i === 0 && photo?.url ? (
              <Box mt="xs">
                <PreviewPhoto image={photo} />
              </Box>
            ) : null}
          </Paper>
        );
      })}
      {dropped.map((p, i) => (
        <Paper key={i} p="xs" radius="md" bg="gray.0" data-testid="x-dropped-hashtags">
          <Text size="xs" fw={600}>
            {t('preview.droppedHashtags', { tags: String(p.params?.tags ?? '') })}
          </Text>
          <Text size="xs" c="dimmed">
            {p.message}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
