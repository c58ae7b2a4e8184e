import type { Approval, AuditEvent, Release, Submission } from '../api/types';

export type ChangedField = 'title' | 'body' | 'link' | 'tags';

export interface FieldChange {
  /** title, body, link, tags, or `post:<id>` for a post's text. */
  field: string;
  /** Shown instead of the field's name (a post: its platform and account). */
  label?: string;
  before: string;
  after: string;
}

export interface ReleaseChanges {
  /** Nothing was reviewed before: there is nothing to compare with. */
  first: boolean;
  /** The last decision an approver made before this submission, when there is one. */
  since: Pick<Approval, 'decision' | 'decidedAt' | 'comment'> | null;
  /** When the submission compared with was sent. */
  previousAt?: string;
  fields: FieldChange[];
}

const draftText = (d: Submission['drafts'][number]) =>
  [...(d.thread?.length ? d.thread : [d.text]), ...(d.firstComment ? [d.firstComment] : [])].join('\n\n');

/**
 * What changed between the submission before and this one (the api keeps each): the release's
 * fields and each post's text, as the editor sent them for review.
 */
export function submissionChanges(
  current: Submission,
  previous: Submission | null,
  history: Approval[],
  postLabel: (d: Submission['drafts'][number]) => string,
): ReleaseChanges {
  if (!previous) return { first: true, since: null, fields: [] };
  const since =
    [...history]
      .filter((a) => a.decidedAt <= current.submittedAt)
      .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
      .pop() ?? null;
  const fields: FieldChange[] = [];
  const pairs: [ChangedField, string, string][] = [
    ['title', previous.title, current.title],
    ['body', previous.body, current.body],
    ['link', previous.link ?? '', current.link ?? ''],
    ['tags', previous.tags.join(' '), current.tags.join(' ')],
  ];
  for (const [field, before, after] of pairs) if (before !== after) fields.push({ field, before, after });
  for (const d of current.drafts) {
    const old = previous.drafts.find((p) => p.postId === d.postId);
    const before = old ? draftText(old) : '';
    const after = draftText(d);
    if (before !== after) fields.push({ field: `post:${d.postId}`, label: postLabel(d), before, after });
  }
  return { first: false, since, previousAt: previous.submittedAt, fields };
}

// The audit trail names fields as the release row does; the screen as the api's release view does.
const AUDIT_FIELD: Record<ChangedField, string> = {
  title: 'title',
  body: 'body',
  link: 'linkUrl',
  tags: 'tags',
};

function text(value: unknown): string {
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value : '';
}

/**
 * What changed in the release since the version an approver last judged: each field's text at that
 * version (the oldest edit after it knows what it replaced) against the text now.
 */
export function releaseChanges(release: Release, history: Approval[], edits: AuditEvent[]): ReleaseChanges {
  const since =
    [...history]
      .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
      .filter((a) => a.releaseVersion < release.version)
      .pop() ?? null;
  if (!since) return { first: true, since: null, fields: [] };
  const later = edits
    .filter((e) => Number(e.data.version) > since.releaseVersion)
    .sort((a, b) => Number(a.data.version) - Number(b.data.version));
  const now: Record<ChangedField, string> = {
    title: release.title,
    body: release.body,
    link: release.link ?? '',
    tags: release.tags.join(' '),
  };
  const fields: FieldChange[] = [];
  for (const field of Object.keys(AUDIT_FIELD) as ChangedField[]) {
    const first = later.find((e) => {
      const changed = e.data.changed as Record<string, unknown> | undefined;
      return changed && AUDIT_FIELD[field] in changed;
    });
    if (!first) continue;
    const change = (first.data.changed as Record<string, { from?: unknown }>)[AUDIT_FIELD[field]]!;
    const before = text(change.from);
    if (before !== now[field]) fields.push({ field, before, after: now[field] });
  }
  return { first: false, since, fields };
}
