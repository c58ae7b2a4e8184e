import type { Approval, AuditEvent, Release } from '../api/types';

export type ChangedField = 'title' | 'body' | 'link' | 'tags';

export interface FieldChange {
  field: ChangedField;
  before: string;
  after: string;
}

export interface ReleaseChanges {
  /** The last decision an approver made: the version they read. null on a first submission. */
  since: Approval | null;
  fields: FieldChange[];
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
  if (!since) return { since: null, fields: [] };
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
  return { since, fields };
}
