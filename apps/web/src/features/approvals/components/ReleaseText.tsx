import { Anchor, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { Approval, Release } from '../api/types';

/** The release as written (long text folded), its link, and the decisions made on it so far. */
export function ReleaseText({
  release,
  history,
  zone,
}: {
  release: Release;
  history: Approval[] | undefined;
  zone: string;
}) {
  const { t } = useTranslation('approvals');
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('review.releaseText')}
      </Title>
      <Spoiler maxHeight={320} showLabel={t('preview.showAll')} hideLabel={t('preview.showLess')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {release.body}
        </Text>
      </Spoiler>
      {release.link ? (
        <Text size="sm">
          {t('field.link')}:{' '}
          <Anchor href={release.link} target="_blank" rel="noopener noreferrer">
            {release.link}
          </Anchor>
        </Text>
      ) : null}
      {history?.length ? <DecisionHistory items={history} zone={zone} /> : null}
    </Stack>
  );
}

function DecisionHistory({ items, zone }: { items: Approval[]; zone: string }) {
  const { t } = useTranslation('approvals');
  return (
    <Stack gap={4} mt="md">
      <Title order={3} size="h5">
        {t('history.heading')}
      </Title>
      {[...items]
        .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
        .map((a) => (
          <Text key={a.id} size="sm">
            {formatDateTime(a.decidedAt, zone, currentLanguage())} —{' '}
            {t(`history.${a.decision}`, { step: a.step })}
            {a.comment ? `: “${a.comment}”` : ''}
          </Text>
        ))}
    </Stack>
  );
}
