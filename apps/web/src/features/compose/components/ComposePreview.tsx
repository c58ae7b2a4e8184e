import { Box, Text, Title } from '@mantine/core';
import type { ComposeResult } from '@warta/composer';
import { useTranslation } from 'react-i18next';
import { PreviewPanel, type PreviewPanelProps } from './PreviewPanel';

/** The aside beside the compose form: the posts the release becomes, or a word that there are none yet. */
export function ComposePreview({
  result,
  ...panel
}: Omit<PreviewPanelProps, 'variants'> & { result: ComposeResult | null }) {
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
        <PreviewPanel variants={result.variants} {...panel} />
      ) : (
        <Text c="dimmed" size="sm">
          {t('preview.empty')}
        </Text>
      )}
    </Box>
  );
}
