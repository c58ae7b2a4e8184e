import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '@web/lib/api/client';
import { useApproveRelease, useRequestChanges } from '../api/approvals';
import type { DecisionRight } from '../lib/review-state';

/**
 * The approver's decision on one release: the note, approve, request changes (which needs a
 * note), and what went wrong. Done, it says so and goes back to the queue.
 */
export function useDecision(releaseId: string, version: number, right: DecisionRight, onReload: () => void) {
  const { t } = useTranslation('approvals');
  const navigate = useNavigate();
  const approve = useApproveRelease(releaseId);
  const requestChanges = useRequestChanges(releaseId);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const error = approve.error ?? requestChanges.error;

  const done = (text: string) => {
    notifications.show({ color: 'green', message: text });
    navigate('/approvals');
  };
  const firstOfTwo = right.kind === 'can' && right.policy === 'two_step' && right.step === 1;
  const onApprove = () => {
    setNoteError(null);
    requestChanges.reset();
    approve.mutate(
      { version, ...(note.trim() ? { comment: note.trim() } : {}) },
      { onSuccess: () => done(firstOfTwo ? t('decision.approvedFirst') : t('decision.approved')) },
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

  return {
    approve,
    requestChanges,
    note,
    noteError,
    noteRef,
    error,
    pending: approve.isPending || requestChanges.isPending,
    conflict: error instanceof ApiError && error.status === 409,
    changeNote: (value: string) => {
      setNote(value);
      if (noteError && value.trim()) setNoteError(null);
    },
    onApprove,
    onRequestChanges,
    /** After a conflict: forget both attempts and read the release afresh. */
    reload: () => {
      approve.reset();
      requestChanges.reset();
      onReload();
    },
  };
}

export type Decision = ReturnType<typeof useDecision>;
