import {
  factCheck,
  FactDifference,
  OriginalMediaPlan,
  Platform,
  ReleaseFactIndex,
  reportWithNotes,
  validateVariant,
  ValidationReport,
} from '@warta/composer';
import type { Language } from '@warta/core';
import type { DraftContent, DraftMediaRef } from './draft-content';

export interface DraftFactCheck {
  consistent: boolean;
  differences: (FactDifference & { path: string })[];
}

export interface DraftValidation {
  report: ValidationReport;
  factCheck: DraftFactCheck;
}

/** The stored file as the validator sees it: what will actually be sent, at its real size. */
export function planOf(ref: DraftMediaRef): OriginalMediaPlan {
  return {
    kind: 'original',
    sourceId: ref.id,
    mediaKind: ref.mediaKind,
    mime: ref.mime,
    bytes: ref.bytes,
    width: ref.width,
    height: ref.height,
    altText: ref.altText,
  };
}

/**
 * A draft's validation report and the facts it states that the release does not (numbers, dates,
 * names, links): reported with their positions so the editor can look, never blocking.
 */
export function validateDraft(
  platform: Platform,
  content: DraftContent,
  release: { title: string; body: string; linkUrl: string | null },
  lang: Language,
): DraftValidation {
  const index = new ReleaseFactIndex({
    title: release.title,
    body: release.body,
    link: release.linkUrl ?? undefined,
  });
  const validation = validateVariant(
    platform,
    {
      text: content.text,
      thread: content.thread,
      firstComment: content.firstComment,
      media: content.media.map(planOf),
    },
    lang,
    index,
  );
  // The same report as the preview's while the draft is as composed.
  const report = content.edited ? validation : reportWithNotes(validation, content.notes ?? [], lang);
  const texts: { path: string; text: string }[] = content.thread?.length
    ? content.thread.map((text, i) => ({ path: `thread[${i}]`, text }))
    : [{ path: 'text', text: content.text }];
  if (content.firstComment) texts.push({ path: 'firstComment', text: content.firstComment });
  const differences = texts.flatMap(({ path, text }) =>
    factCheck(index, text).differences.map((d) => ({ ...d, path })),
  );
  return { report, factCheck: { consistent: differences.length === 0, differences } };
}
