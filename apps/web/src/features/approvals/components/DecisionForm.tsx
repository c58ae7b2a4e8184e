import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/components/QueryState';
import type { Decision } from '../hooks/use-decision';

/** The approver's form: which step, the note, what went wrong, approve or request changes. */
export function DecisionForm({
  decision,
  policy,
  step,
}: {
  decision: Decision;
  policy: string;
  step: number;
}) {
  const { t } = useTranslation('approvals');
  const { approve, requestChanges, pending } = decision;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('decision.heading')}
      </Title>
      {policy === 'two_step' ? <Text size="sm">{t('decision.stepOf', { step })}</Text> : null}
      <Textarea
        ref={decision.noteRef}
        label={t('decision.note')}
        description={t('decision.noteHint')}
        value={decision.note}
        onChange={(e) => decision.changeNote(e.currentTarget.value)}
        error={decision.noteError}
        autosize
        minRows={3}
        maxLength={2000}
        disabled={pending}
      />
      {decision.conflict ? (
        <ConflictAlert onReload={decision.reload} />
      ) : decision.error ? (
        <ErrorState error={decision.error} />
      ) : null}
      <Group gap="sm">
        <Button
          color="green"
          onClick={decision.onApprove}
          loading={approve.isPending}
          disabled={pending && !approve.isPending}
        >
          {t('decision.approve')}
        </Button>
        <Button
          variant="outline"
          color="orange"
          onClick={decision.onRequestChanges}
          loading={requestChanges.isPending}
          disabled={pending && !requestChanges.isPending}
        >
          {t('decision.requestChanges')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Someone changed the release meanwhile: say so, and offer to read it again. */
function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation('approvals');
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('conflict.title')}
    >
      <Stack gap="xs">
        <Text size="sm">{t('conflict.message')}</Text>
        <Group>
          <Button size="xs" variant="light" color="orange" onClick={onReload}>
            {t('common:action.reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
