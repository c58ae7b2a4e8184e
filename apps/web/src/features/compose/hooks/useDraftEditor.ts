import { validateVariant, type MediaPlan, type Problem, type ReleaseText } from '@warta/composer';
import { currentLanguage } from '@web/lib/i18n';
import { useMemo, useState } from 'react';
import { useUpdateDraft } from '../api/releases';
import type { Draft } from '../api/types';

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

/** The draft's text to edit: a thread's posts one after another, split by a line of `---`. */
const editableText = (draft: Draft) => (draft.thread?.length ? draft.thread.join('\n\n---\n\n') : draft.text);

/**
 * Editing one account's draft: its text (a thread split back into posts), the report on it (the
 * composer's, live, while editing; otherwise the api's, with its fact check), and saving it with the
 * version it was read at.
 */
export function useDraftEditor(draft: Draft, release: ReleaseText) {
  const update = useUpdateDraft(draft.releaseId);
  const isThread = !!draft.thread?.length;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => editableText(draft));

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

  const cancel = () => {
    setText(editableText(draft));
    setEditing(false);
    update.reset();
  };

  /** After a conflict: forget the edit, and let the page read the draft again. */
  const stopAfterConflict = () => {
    update.reset();
    setEditing(false);
  };

  return {
    update,
    isThread,
    editing,
    text,
    setText,
    content,
    problems,
    save,
    cancel,
    stopAfterConflict,
    edit: () => setEditing(true),
  };
}
