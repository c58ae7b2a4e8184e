import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { formatNumber } from '@web/lib/numbers';
import type { PostMetrics as Metrics } from '../api/types';

const FIELDS = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'] as const;

/** The latest figures of a published post; a figure the platform does not report reads "—", never 0. */
export function PostMetrics({ metrics, zone }: { metrics: Metrics | null | undefined; zone: string }) {
  const { t } = useTranslation('posts');
  const lang = currentLanguage();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('metrics.heading')}
      </Title>
      {metrics ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
            {FIELDS.map((f) => (
              <Paper key={f} withBorder p="sm" radius="md">
                <Text size="xs" c="dimmed">
                  {t(`metrics.${f}`)}
                </Text>
                <Text fw={700} size="lg">
                  {formatNumber(metrics[f], lang)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('metrics.capturedAt', { at: formatDateTime(metrics.capturedAt, zone, lang) })}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('metrics.none')}
        </Text>
      )}
    </Stack>
  );
}
