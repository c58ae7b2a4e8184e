import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { UserRef } from './approvals.repository';
import type { Draft } from './posts.repository';
import type { Release } from './release';

/** One draft as it was submitted. */
export interface SubmittedDraft {
  postId: string;
  platform: string;
  accountHandle: string;
  text: string;
  thread: string[] | null;
  firstComment: string | null;
  media: { id: string; purpose: string; altText: string | null }[];
}

/** What a submission sent for review: the release's content and its drafts. */
export interface SubmissionSnapshot {
  title: string;
  body: string;
  link: string | null;
  tags: string[];
  drafts: SubmittedDraft[];
}

export interface ReleaseSubmission extends SubmissionSnapshot {
  releaseId: string;
  /** The release's version once submitted. */
  version: number;
  submittedAt: Date;
  submittedBy: UserRef | null;
}

interface Row {
  release_id: string;
  release_version: number;
  submitted_at: Date;
  snapshot: SubmissionSnapshot;
  submitted_by: string | null;
  user_name: string | null;
  user_email: string | null;
}

export function snapshotOf(release: Release, drafts: Draft[]): SubmissionSnapshot {
  return {
    title: release.title,
    body: release.body,
    link: release.linkUrl,
    tags: release.tags,
    drafts: drafts.map((d) => ({
      postId: d.id,
      platform: d.platform,
      accountHandle: d.account.handle,
      text: d.content.text,
      thread: d.content.thread ?? null,
      firstComment: d.content.firstComment ?? null,
      media: d.content.media.map((m) => ({ id: m.id, purpose: m.purpose, altText: m.altText ?? null })),
    })),
  };
}

/** release_submissions: append-only snapshots of what each submission sent for review. */
@Injectable()
export class ReleaseSubmissionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    s: { releaseId: string; version: number; submittedBy: string; snapshot: SubmissionSnapshot },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO release_submissions (release_id, release_version, submitted_by, snapshot)
       VALUES ($1, $2, $3, $4::jsonb)`,
      [s.releaseId, s.version, s.submittedBy, JSON.stringify(s.snapshot)],
    );
  }

  /** Every submission of a release, newest first. Callers have already read the release in scope. */
  async forRelease(releaseId: string): Promise<ReleaseSubmission[]> {
    return (await this.lastN([releaseId], null)).get(releaseId) ?? [];
  }

  /**
   * The last two submissions of each release (current first, then the one before), for "what
   * changed since the last version". Callers have already read the releases inside their scope.
   */
  lastTwo(releaseIds: string[]): Promise<Map<string, ReleaseSubmission[]>> {
    return this.lastN(releaseIds, 2);
  }

  private async lastN(releaseIds: string[], n: number | null): Promise<Map<string, ReleaseSubmission[]>> {
    const out = new Map<string, ReleaseSubmission[]>();
    if (!releaseIds.length) return out;
    const rows: Row[] = await this.dataSource.query(
      `SELECT s.release_id, s.release_version, s.submitted_at, s.snapshot, s.submitted_by,
              u.name AS user_name, u.email AS user_email
         FROM unnest($1::uuid[]) AS r(id)
         CROSS JOIN LATERAL (SELECT * FROM release_submissions x WHERE x.release_id = r.id
                              ORDER BY x.submitted_at DESC, x.id DESC LIMIT $2) s
         LEFT JOIN users u ON u.id = s.submitted_by
        ORDER BY s.release_id, s.submitted_at DESC, s.id DESC`,
      [releaseIds, n],
    );
    for (const r of rows) {
      const list = out.get(r.release_id) ?? [];
      list.push({
        ...r.snapshot,
        releaseId: r.release_id,
        version: r.release_version,
        submittedAt: r.submitted_at,
        submittedBy:
          r.submitted_by && r.user_email
            ? { id: r.submitted_by, name: r.user_name ?? '', email: r.user_email }
            : null,
      });
      out.set(r.release_id, list);
    }
    return out;
  }
}
