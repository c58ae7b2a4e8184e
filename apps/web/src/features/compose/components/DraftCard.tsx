import { Paper, Stack, Textarea } from '@mantine/core';
import type { ReleaseText } from '@warta/composer';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../api/types';
import { useDraftEditor } from '../hooks/useDraftEditor';
import { ConflictNotice } from './ConflictNotice';
import { DraftCardHeader, DraftEditActions } from './DraftCardParts';
import { DraftPreview } from './DraftPreview';
import { ReportList } from './ReportList';
import type { PathHighlight } from './XPreview';

const EDITABLE = new Set(['draft', 'scheduled']);

/**
 * One account's draft: its preview as the platform shows it and, while it can change, its text to
 * edit with a live counter and report (the composer's own rules, in the browser), saved with the
 * version it was read at.
 */
export function DraftCard({
  draft,
  release,
  canEdit,
  onReload,
}: {
  draft: Draft;
  /** The release's text, for the fact check of an edit. */
  release: ReleaseText;
  canEdit: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  const editor = useDraftEditor(draft, release);
  const [highlight, setHighlight] = useState<PathHighlight | null>(null);
  const platformName = t(`common:platform.${draft.platform}`);
  const editable = canEdit && EDITABLE.has(draft.state);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`draft-${draft.id}`}>
      <Stack gap="sm">
        <DraftCardHeader draft={draft} platformName={platformName} />
        <DraftPreview
          draft={draft}
          content={editor.content}
          problems={editor.problems}
          highlight={highlight}
        />
        {editor.editing ? (
          <Textarea
            label={t('draft.textLabel', { platform: platformName })}
            description={editor.isThread ? t('draft.threadHint') : undefined}
            autosize
            minRows={4}
            maxRows={20}
            value={editor.text}
            onChange={(e) => editor.setText(e.currentTarget.value)}
          />
        ) : null}
        <ReportList
          problems={editor.problems}
          label={t('report.label', { platform: platformName })}
          onSelect={(p) => {
            if (p.path && p.start !== undefined && p.end !== undefined)
              setHighlight({ path: p.path, start: p.start, end: p.end });
          }}
        />
        <ConflictNotice
          error={editor.update.error}
          onReload={() => {
            editor.stopAfterConflict();
            onReload();
          }}
        />
        {editable ? (
          <DraftEditActions
            editing={editor.editing}
            saving={editor.update.isPending}
            platformName={platformName}
            onEdit={editor.edit}
            onSave={editor.save}
            onCancel={editor.cancel}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
