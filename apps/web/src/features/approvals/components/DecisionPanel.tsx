import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@web/components/QueryState';
import { ApiError } from '@web/lib/api/client';
import { useApproveRelease, useRequestChanges } from '../api/approvals';

/** Whether the signed-in user may decide on this release now, and if not, why. */
export type DecisionRight =
  | { kind: 'can'; policy: string; step: number }
  | { kind: 'own' }
  | { kind: 'notWaiting'; status: string }
  | { kind: 'firstStepByYou' }
  | { kind: 'notYours' }
  | { kind: 'checking' };

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
  const { t } = useTranslation('approvals');
  const navigate = useNavigate();
  const approve = useApproveRelease(releaseId);
  const requestChanges = useRequestChanges(releaseId);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const error = approve.error ?? requestChanges.error;
  const pending = approve.isPending || requestChanges.isPending;

  if (right.kind !== 'can') {
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

  const done = (text: string) => {
    notifications.show({ color: 'green', message: text });
    navigate('/approvals');
  };
  const onApprove = () => {
    setNoteError(null);
    requestChanges.reset();
    approve.mutate(
      { version, ...(note.trim() ? { comment: note.trim() } : {}) },
      {
        onSuccess: () =>
          done(
            right.policy === 'two_step' && right.step === 1
              ? t('decision.approvedFirst')
              : t('decision.approved'),
          ),
      },
    );
  };
  const onRequestChanges = () => {
    approve.reset();
    if (!note.trim()) {
      setNoteError(t('decision.noteRequired'));
      noteRef.current?.focus();
      return;
    }
    setNoteError(null);
    requestChanges.mutate(
      { version, comment: note.trim() },
      { onSuccess: () => done(t('decision.changesRequested')) },
    );
  };
  const conflict = error instanceof ApiError && error.status === 409;

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('decision.heading')}
      </Title>
      {right.policy === 'two_step' ? (
        <Text size="sm">{t('decision.stepOf', { step: right.step })}</Text>
      ) : null}
      <Textarea
        ref={noteRef}
        label={t('decision.note')}
        description={t('decision.noteHint')}
        value={note}
        onChange={(e) => {
          setNote(e.currentTarget.value);
          if (noteError && e.currentTarget.value.trim()) setNoteError(null);
        }}
        error={noteError}
        autosize
        minRows={3}
        maxLength={2000}
        disabled={pending}
      />
      {conflict ? (
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
              <Button
                size="xs"
                variant="light"
                color="orange"
                onClick={() => {
                  approve.reset();
                  requestChanges.reset();
                  onReload();
                }}
              >
                {t('common:action.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : error ? (
        <ErrorState error={error} />
      ) : null}
      <Group gap="sm">
        <Button
          color="green"
          onClick={onApprove}
          loading={approve.isPending}
          disabled={pending && !approve.isPending}
        >
          {t('decision.approve')}
        </Button>
        <Button
          variant="outline"
          color="orange"
          onClick={onRequestChanges}
          loading={requestChanges.isPending}
          disabled={pending && !requestChanges.isPending}
        >
          {t('decision.requestChanges')}
        </Button>
      </Group>
    </Stack>
  );
}
