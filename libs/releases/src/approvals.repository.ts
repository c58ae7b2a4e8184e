import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, Page, pageOf, ScopedWhere } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { ApprovalPolicy } from './approval-rules';
import type { Release } from './release';
import { ReleasesRepository } from './releases.repository';

export type ApprovalDecision = 'approved' | 'changes_requested';

/** One recorded decision on a release. */
export interface Approval {
  id: string;
  releaseId: string;
  /** The version of the release the approver judged. */
  releaseVersion: number;
  step: 1 | 2;
  decision: ApprovalDecision;
  comment: string | null;
  decidedBy: string | null;
  decidedAt: Date;
}

interface ApprovalRow {
  id: string;
  release_id: string;
  release_version: number;
  step: 1 | 2;
  decision: ApprovalDecision;
  comment: string | null;
  decided_by: string | null;
  decided_at: Date;
}

const toApproval = (r: ApprovalRow): Approval => ({
  id: r.id,
  releaseId: r.release_id,
  releaseVersion: r.release_version,
  step: r.step,
  decision: r.decision,
  comment: r.comment,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

/** Who someone is, as a reviewer sees them. */
export interface UserRef {
  id: string;
  name: string;
  email: string;
}

/** A decision already made in the current review round, with the person who made it. */
export interface ReviewStep extends Approval {
  decidedByUser: UserRef | null;
}

/** An in_review release waiting for the caller, with the step it waits for. */
export interface QueuedRelease {
  release: Release;
  step: 1 | 2;
  policy: ApprovalPolicy;
  submittedAt: Date;
}

export interface ApprovalQueueFilter {
  /** Only releases of this node and the nodes below it. */
  organizationId?: string;
  limit: number;
  cursor?: string;
}

/** approvals (append-only decisions) and the approver queue over releases. */
@Injectable()
export class ApprovalsRepository {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly releases: ReleasesRepository,
  ) {}

  async insert(manager: EntityManager, a: Omit<Approval, 'id' | 'decidedAt'>): Promise<Approval> {
    const rows: ApprovalRow[] = await manager.query(
      `INSERT INTO approvals (release_id, release_version, step, decision, comment, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [a.releaseId, a.releaseVersion, a.step, a.decision, a.comment, a.decidedBy],
    );
    return toApproval(rows[0]);
  }

  /** Every decision on a release, oldest first. Callers check access to the release first. */
  async forRelease(manager: EntityManager, releaseId: string): Promise<Approval[]> {
    const rows: ApprovalRow[] = await manager.query(
      `SELECT * FROM approvals WHERE release_id = $1 ORDER BY decided_at, id`,
      [releaseId],
    );
    return rows.map(toApproval);
  }

  /**
   * The first-step approval of the review round the release is in, if any: an approval at step 1 on
   * the version just before the current one. Any other change bumps the version (and an edit leaves
   * review), so an older step-1 approval never counts for a later round.
   */
  async pendingFirstStep(manager: EntityManager, release: Release): Promise<Approval | null> {
    const rows: ApprovalRow[] = await manager.query(
      `SELECT * FROM approvals
        WHERE release_id = $1 AND step = 1 AND decision = 'approved' AND release_version = $2
        ORDER BY decided_at DESC, id DESC LIMIT 1`,
      [release.id, release.version - 1],
    );
    return rows[0] ? toApproval(rows[0]) : null;
  }

  /**
   * Decisions already made in the review round each release is in (a two-step first step: an
   * approval at step 1 on the version just before the current one), with who made them.
   */
  async stepsDoneInRound(releases: Release[]): Promise<Map<string, ReviewStep[]>> {
    const out = new Map<string, ReviewStep[]>();
    if (!releases.length) return out;
    const rows: (ApprovalRow & { user_name: string | null; user_email: string | null })[] =
      await this.dataSource.query(
        `SELECT a.*, u.name AS user_name, u.email AS user_email
           FROM approvals a
           JOIN unnest($1::uuid[], $2::int[]) AS r(id, version) ON r.id = a.release_id
           LEFT JOIN users u ON u.id = a.decided_by
          WHERE a.step = 1 AND a.decision = 'approved' AND a.release_version = r.version - 1
          ORDER BY a.decided_at, a.id`,
        [releases.map((r) => r.id), releases.map((r) => r.version)],
      );
    for (const row of rows) {
      const a = toApproval(row);
      const list = out.get(a.releaseId) ?? [];
      list.push({
        ...a,
        decidedByUser:
          a.decidedBy && row.user_email
            ? { id: a.decidedBy, name: row.user_name ?? '', email: row.user_email }
            : null,
      });
      out.set(a.releaseId, list);
    }
    return out;
  }

  /** Names and emails of users (authors, approvers); unknown ids are left out. */
  async users(ids: string[]): Promise<Map<string, UserRef>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows: UserRef[] = await this.dataSource.query(
      `SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((u) => [u.id, u]));
  }

  async approvalPolicy(manager: EntityManager, organizationId: string): Promise<ApprovalPolicy> {
    const rows: { approval_policy: ApprovalPolicy }[] = await manager.query(
      `SELECT approval_policy FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return rows[0]?.approval_policy ?? 'single_step';
  }

  async markSubmitted(manager: EntityManager, releaseId: string): Promise<void> {
    await manager.query(`UPDATE releases SET submitted_at = now() WHERE id = $1`, [releaseId]);
  }

  /**
   * in_review releases inside the scope (the caller's release:approve subtrees), oldest submission
   * first, without the caller's own releases nor those whose first step the caller already approved.
   */
  async queue(scope: AccessScope, f: ApprovalQueueFilter): Promise<Page<QueuedRelease>> {
    const w = new ScopedWhere(scope, 'o.path')
      .and(`r.status = ?`, 'in_review')
      .and("o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = ?)", f.organizationId)
      .and(
        `r.author_id IS DISTINCT FROM ?::uuid AND NOT EXISTS (SELECT 1 FROM approvals a
           WHERE a.release_id = r.id AND a.decided_by = ?::uuid AND a.step = 1
             AND a.decision = 'approved' AND a.release_version = r.version - 1)`,
        scope.userId,
      )
      .afterCursor(f.cursor, { at: 'r.submitted_at', id: 'r.id', idType: 'uuid' });
    const limit = w.param(f.limit + 1);
    const rows: {
      id: string;
      submitted_at: Date;
      approval_policy: ApprovalPolicy;
      first_step: boolean;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.submitted_at, o.approval_policy,
              EXISTS (SELECT 1 FROM approvals a WHERE a.release_id = r.id AND a.step = 1
                        AND a.decision = 'approved' AND a.release_version = r.version - 1) AS first_step
         FROM releases r JOIN organizations o ON o.id = r.organization_id
        WHERE ${w.sql} AND r.submitted_at IS NOT NULL
        ORDER BY r.submitted_at, r.id LIMIT ${limit}`,
      w.params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.submitted_at.toISOString(), id: r.id }));
    // One read of the page's releases, in the queue's order.
    const byId = new Map(
      (
        await this.releases.findManyInScope(
          scope,
          page.items.map((r) => r.id),
        )
      ).map((r) => [r.id, r]),
    );
    const items: QueuedRelease[] = page.items
      .filter((r) => byId.has(r.id))
      .map((r) => ({
        release: byId.get(r.id)!,
        step: r.first_step && r.approval_policy === 'two_step' ? 2 : 1,
        policy: r.approval_policy,
        submittedAt: r.submitted_at,
      }));
    return { items, nextCursor: page.nextCursor };
  }
}
