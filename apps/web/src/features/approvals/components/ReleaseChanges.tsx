import { Alert, Box, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { TFunction } from 'i18next';
import type { FieldChange, ReleaseChanges as Changes } from '../lib/release-changes';
import { elideUnchanged, wordDiff } from '../lib/word-diff';

/** The readable diff: words added are underlined on green, words removed struck through on red. */
export function ReleaseChanges({ changes, zone }: { changes: Changes | null; zone: string }) {
  const { t } = useTranslation('approvals');
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('changes.heading')}
      </Title>
      {changes === null ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('changes.unavailable')}
        </Alert>
      ) : changes.first ? (
        <Text size="sm">{t('changes.first')}</Text>
      ) : (
        <>
          <Text size="sm">{sinceText(t, changes, zone)}</Text>
          {changes.since?.comment ? (
            <Text size="sm" c="dimmed">
              {t('changes.note', { note: changes.since.comment })}
            </Text>
          ) : null}
          {changes.fields.length === 0 ? (
            <Text size="sm">{t('changes.none')}</Text>
          ) : (
            <>
              <Text size="xs" c="dimmed">
                {t('changes.legend')}
              </Text>
              {changes.fields.map((f) => (
                <FieldDiff key={f.field} change={f} />
              ))}
            </>
          )}
        </>
      )}
    </Stack>
  );
}

/** What the changes are counted from: the last decision, or the submission before. */
function sinceText(t: TFunction<'approvals'>, changes: Changes, zone: string): string {
  if (changes.since)
    return t(
      changes.since.decision === 'changes_requested' ? 'changes.sinceRequest' : 'changes.sinceApproval',
      {
        at: formatDateTime(changes.since.decidedAt, zone, currentLanguage()),
      },
    );
  return t('changes.sincePrevious', {
    at: changes.previousAt ? formatDateTime(changes.previousAt, zone, currentLanguage()) : '—',
  });
}

/** One field (or post) before and after, as one text with its changed words marked. */
function FieldDiff({ change }: { change: FieldChange }) {
  const { t } = useTranslation('approvals');
  return (
    <Box>
      <Text fw={600} size="sm">
        {change.label ?? t(`field.${change.field}`)}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }} data-testid={`diff-${change.field}`}>
        {elideUnchanged(wordDiff(change.before, change.after)).map((p, i) => (
          <Fragment key={i}>
            {p.kind === 'same' ? (
              p.text
            ) : p.kind === 'added' ? (
              <>
                <ins className="diff-added" style={ADDED}>
                  <VisuallyHidden>{t('changes.added')}</VisuallyHidden>
                  {p.text.trimEnd()}
                </ins>
                {trailing(p.text)}
              </>
            ) : (
              <>
                <del className="diff-removed" style={REMOVED}>
                  <VisuallyHidden>{t('changes.removed')}</VisuallyHidden>
                  {p.text.trimEnd()}
                </del>
                {trailing(p.text)}
              </>
            )}
          </Fragment>
        ))}
      </Text>
    </Box>
  );
}

/** The whitespace after a changed run, shown outside its highlight. */
const trailing = (text: string) => text.slice(text.trimEnd().length);

const ADDED = {
  background: 'var(--mantine-color-green-1)',
  color: 'var(--mantine-color-green-9)',
  textDecoration: 'underline',
};
const REMOVED = {
  background: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'line-through',
};
