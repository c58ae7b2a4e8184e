import { Alert, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDecision } from '../hooks/use-decision';
import type { DecisionRight } from '../lib/review-state';
import { DecisionForm } from './DecisionForm';

/**
 * Approve, or request changes with a note (required: the editor must know what to change). The
 * buttons exist only when the user may decide; on their own release the panel says why not.
 */
export function DecisionPanel({
  releaseId,
  version,
  right,
  onReload,
}: {
  releaseId: string;
  version: number;
  right: DecisionRight;
  onReload: () => void;
}) {
  // Held here whatever the right, so a decision on its way still ends (and says so) when the
  // release it reloads no longer waits for this user.
  const decision = useDecision(releaseId, version, right, onReload);
  if (right.kind !== 'can') return <NoDecision right={right} />;
  return <DecisionForm decision={decision} policy={right.policy} step={right.step} />;
}

/** Why this user cannot decide now (their own release, not waiting, still checking…). */
function NoDecision({ right }: { right: Exclude<DecisionRight, { kind: 'can' }> }) {
  const { t } = useTranslation('approvals');
  const message =
    right.kind === 'checking'
      ? t('decision.checking')
      : right.kind === 'notWaiting'
        ? t('decision.notWaiting', { status: t(`common:releaseStatus.${right.status}`, right.status) })
        : t(`decision.${right.kind}`);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('decision.heading')}
      </Title>
      <Alert
        color={right.kind === 'own' ? 'blue' : 'gray'}
        variant="light"
        icon={<IconInfoCircle aria-hidden />}
      >
        {message}
      </Alert>
    </Stack>
  );
}
