import { Box, Text, Title } from '@mantine/core';
import type { ComposeResult, ComposedVariant, Platform, Problem } from '@warta/composer';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/types';
import type { InstagramImage } from './InstagramPreview';
import { PreviewPanel, type PlatformHighlight } from './PreviewPanel';

/** The aside beside the compose form: the posts the release becomes, or a word that there are none yet. */
export function ComposePreview({
  result,
  accounts,
  fallbackName,
  link,
  imageFor,
  highlight,
  onProblem,
}: {
  result: ComposeResult | null;
  accounts: Account[];
  fallbackName: string;
  link?: string;
  imageFor: (variant: ComposedVariant) => InstagramImage | null;
  highlight: PlatformHighlight | null;
  onProblem: (platform: Platform, problem: Problem) => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Box component="aside" aria-labelledby="preview-heading">
      <Title order={2} size="h4" id="preview-heading" mb={4}>
        {t('preview.heading')}
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {t('preview.hint')}
      </Text>
      {result ? (
        <PreviewPanel
          variants={result.variants}
          accounts={accounts}
          fallbackName={fallbackName}
          link={link}
          imageFor={imageFor}
          highlight={highlight}
          onProblem={onProblem}
        />
      ) : (
        <Text c="dimmed" size="sm">
          {t('preview.empty')}
        </Text>
      )}
    </Box>
  );
}
