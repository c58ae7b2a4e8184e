import { Anchor, Box, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccountHeader, type PreviewAccount } from './AccountHeader';
import { PreviewPhoto, type InstagramImage } from './InstagramPreview';
import { MarkedText } from './MarkedText';
import type { PathHighlight } from './XPreview';

/** The Facebook Page post: the whole text, with its photo or the link card Facebook draws under it. */
export function FacebookPreview({
  account,
  text,
  link,
  highlight,
  photo,
}: {
  account: PreviewAccount;
  text: string;
  link?: string | null;
  highlight?: PathHighlight | null;
  /** The photo posted with the text (Facebook then draws no link card). */
  photo?: InstagramImage | null;
}) {
  const { t } = useTranslation('compose');
  return (
    <Paper withBorder p="sm" radius="md" style={{ contain: 'content' }}>
      <AccountHeader
        account={account}
        color="blue"
        extra={
          <Text size="xs" c="dimmed">
            {t('preview.justNow')}
          </Text>
        }
      />
      {/* Focusable so a keyboard user can scroll a long post (axe: scrollable-region-focusable). */}
      <div tabIndex={0} style={{ maxHeight: 420, overflowY: 'auto', marginTop: 8 }}>
        <MarkedText text={text} highlight={highlight?.path === 'text' ? highlight : null} />
      </div>
      {photo?.url ? (
        <Box mt="sm">
          <PreviewPhoto image={photo} />
        </Box>
      ) : link ? (
        <Paper mt="sm" p="xs" bg="gray.1" radius="sm">
          <Text size="xs" c="dimmed" tt="uppercase" truncate>
            {safeHost(link)}
          </Text>
          <Anchor href={link} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {link}
          </Anchor>
        </Paper>
      ) : null}
    </Paper>
  );
}

function safeHost(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}
