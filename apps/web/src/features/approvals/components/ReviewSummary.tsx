import { Badge, Box, Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { darkText } from '@web/components/StateBadge';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { Release } from '../api/types';
import type { Review } from '../hooks/use-review';
import { StepStatus } from './StepStatus';

/** The release at a glance: its unit, author, when it was submitted, its status and review step. */
export function ReviewSummary({ release, review }: { release: Release; review: Review }) {
  const { t } = useTranslation('approvals');
  const { me, unit, queued, zone } = review;
  return (
    <Card withBorder radius="md" padding="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Meta label={t('queue.unit')} value={unit?.name ?? '—'} />
        <Meta
          label={t('queue.author')}
          value={queued?.author?.name ?? (release.authorId === me.user.id ? me.user.name : '—')}
        />
        <Meta
          label={t('queue.submittedAt')}
          value={queued ? formatDateTime(queued.submittedAt, zone, currentLanguage()) : '—'}
        />
        <div>
          <Text size="xs" c="dimmed">
            {t('review.status')}
          </Text>
          <Badge variant="light" c={darkText('blue')} mt={2}>
            {t(`common:releaseStatus.${release.status}`, release.status)}
          </Badge>
        </div>
      </SimpleGrid>
      <Box mt="sm">
        <StepStatus info={review.stepInfo} zone={zone} />
      </Box>
    </Card>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
