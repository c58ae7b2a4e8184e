import { Badge, Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { validateVariant, type MediaPlan, type Problem, type ReleaseText } from '@warta/composer';
import { currentLanguage } from '@web/lib/i18n';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateDraft } from '../api/releases';
import type { Draft } from '../api/types';
import { ConflictNotice } from './ConflictNotice';
import { FacebookPreview } from './FacebookPreview';
import { InstagramPreview } from './InstagramPreview';
import { ReportList } from './ReportList';
import { XPreview, type PathHighlight } from './XPreview';

const EDITABLE = new Set(['draft', 'scheduled']);

/** A stored file of the draft as the validator sees media: sent as it is. */
const asPlan = (m: Draft['media'][number]): MediaPlan => ({
  kind: 'original',
  sourceId: m.id,
  mediaKind: m.mediaKind,
  mime: m.mime,
  bytes: m.bytes,
  width: m.width,
  height: m.height,
  ...(m.altText ? { altText: m.altText } : {}),
});

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
  const update = useUpdateDraft(draft.releaseId);
  const isThread = !!draft.thread?.length;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(isThread ? draft.thread!.join('\n\n---\n\n') : draft.text);
  const [highlight, setHighlight] = useState<PathHighlight | null>(null);
  const platformName = t(`common:platform.${draft.platform}`);
  const editable = canEdit && EDITABLE.has(draft.state);

  const parts = isThread
    ? text
        .split(/\n\s*---\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
    : undefined;
  const content = { text: parts ? (parts[0] ?? '') : text, thread: parts };
  // While editing, the report is the composer's, live; otherwise the api's, with its fact check.
  const live = useMemo(
    () =>
      editing
        ? validateVariant(
            draft.platform,
            {
              text: content.text,
              thread: content.thread,
              media: draft.media.map(asPlan),
              firstComment: draft.firstComment,
            },
            currentLanguage(),
            release,
          )
        : null,
    [editing, text, draft, release],
  );
  const problems: Problem[] = live ? live.problems : draft.report.problems;

  const save = () =>
    update.mutate(
      { id: draft.id, version: draft.version, ...(parts ? { thread: parts, text: parts[0] } : { text }) },
      { onSuccess: () => setEditing(false) },
    );

  const first = draft.media[0];
  const image = first
    ? { url: first.url, width: first.width, height: first.height, alt: first.altText }
    : null;
  const preview =
    draft.platform === 'x' ? (
      <XPreview
        account={draft.account}
        text={content.text}
        thread={content.thread}
        problems={problems}
        highlight={highlight}
        photo={image}
      />
    ) : draft.platform === 'facebook' ? (
      <FacebookPreview account={draft.account} text={content.text} highlight={highlight} photo={image} />
    ) : (
      <InstagramPreview
        account={draft.account}
        text={content.text}
        firstComment={draft.firstComment}
        highlight={highlight}
        image={image}
      />
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`draft-${draft.id}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={`draft-${draft.id}`}>
            {t('draft.title', { platform: platformName, account: draft.account.displayName })}
          </Title>
          <Group gap={6}>
            {draft.edited ? (
              <Badge variant="outline" color="gray" tt="none">
                {t('draft.edited')}
              </Badge>
            ) : null}
            <Badge variant="light" tt="none">
              {t(`common:state.${draft.state}`, { defaultValue: draft.state })}
            </Badge>
          </Group>
        </Group>
        {preview}
        {editing ? (
          <Textarea
            label={t('draft.textLabel', { platform: platformName })}
            description={isThread ? t('draft.threadHint') : undefined}
            autosize
            minRows={4}
            maxRows={20}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        ) : null}
        <ReportList
          problems={problems}
          label={t('report.label', { platform: platformName })}
          onSelect={(p) => {
            if (p.path && p.start !== undefined && p.end !== undefined)
              setHighlight({ path: p.path, start: p.start, end: p.end });
          }}
        />
        <ConflictNotice
          error={update.error}
          onReload={() => {
            update.reset();
            setEditing(false);
            onReload();
          }}
        />
        {editable ? (
          <Group gap="sm">
            {editing ? (
              <>
                <Button size="xs" onClick={save} loading={update.isPending}>
                  {t('draft.save', { platform: platformName })}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setText(isThread ? draft.thread!.join('\n\n---\n\n') : draft.text);
                    setEditing(false);
                    update.reset();
                  }}
                >
                  {t('common:action.cancel')}
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {t('draft.edit', { platform: platformName })}
              </Button>
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
