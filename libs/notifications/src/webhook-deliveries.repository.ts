import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliverySummary {
  id: string;
  notificationId: string;
  event: NotificationKind;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** A claimed delivery with everything its payload needs, read in the claiming transaction. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  webhook: { organizationId: string; url: string; secretVersion: number; active: boolean };
  notification: {
    id: string;
    kind: NotificationKind;
    reason: string;
    params: Record<string, string | number | null>;
    createdAt: Date;
    organization: { id: string; name: string };
    postId: string | null;
    socialAccountId: string | null;
  };
  post: {
    id: string;
    releaseId: string;
    platform: string;
    state: string;
    permalink: string | null;
    publishAt: Date | null;
  } | null;
  account: { id: string; platform: string; handle: string; status: string } | null;
}

interface ClaimRow {
  id: string;
  attempts: number;
  webhook_organization_id: string;
  url: string;
  secret_version: number;
  active: boolean;
  notification_id: string;
  kind: NotificationKind;
  reason: string;
  params: Record<string, string | number | null>;
  n_created_at: Date;
  org_id: string;
  org_name: string;
  post_id: string | null;
  release_id: string | null;
  post_platform: string | null;
  post_state: string | null;
  permalink: string | null;
  publish_at: Date | null;
  account_id: string | null;
  account_platform: string | null;
  handle: string | null;
  account_status: string | null;
}

interface PostRow {
  id: string;
  release_id: string;
  platform: string;
  state: string;
  permalink: string | null;
  publish_at: Date | null;
  social_account_id: string;
}

interface AccountRow {
  id: string;
  platform: string;
  handle: string;
  status: string;
}

const LOCK_DUE_IDS_SQL = `SELECT id FROM webhook_deliveries
          WHERE status = 'pending' AND next_attempt_at <= $1
          ORDER BY next_attempt_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED`;

const CLAIM_ROWS_SQL = `UPDATE webhook_deliveries d
            SET attempts = d.attempts + 1, next_attempt_at = $2
           FROM organization_webhooks w, notifications n, organizations o
          WHERE d.id = ANY ($1::uuid[])
            AND w.organization_id = d.webhook_organization_id
            AND n.id = d.notification_id
            AND o.id = n.organization_id
          RETURNING d.id, d.attempts, d.webhook_organization_id, w.url, w.secret_version, w.active,
                    n.id AS notification_id, n.kind, n.reason, n.params, n.created_at AS n_created_at,
                    o.id AS org_id, o.name AS org_name, n.post_id, n.social_account_id AS account_id`;

const SELECT_POSTS_SQL = `SELECT id, release_id, platform, state, permalink, publish_at, social_account_id
               FROM posts WHERE id = ANY ($1::uuid[])`;

const SELECT_ACCOUNTS_SQL = `SELECT id, platform, handle, status FROM social_accounts WHERE id = ANY ($1::uuid[])`;

function nonNull(values: (string | null)[]): string[] {
  return values.filter((x): x is string => !!x);
}

/** Due pending ids, locked FOR UPDATE SKIP LOCKED so two workers never take the same row. */
async function lockDueIds(m: EntityManager, now: Date, limit: number): Promise<string[]> {
  const ids: { id: string }[] = await m.query(LOCK_DUE_IDS_SQL, [now, limit]);
  return ids.map((r) => r.id);
}

/** Counts the attempt, leases the rows until `leaseUntil` and reads what the payload needs. */
async function claimRows(m: EntityManager, ids: string[], leaseUntil: Date): Promise<ClaimRow[]> {
  // UPDATE ... RETURNING answers [rows, count] through TypeORM.
  const [rows]: [ClaimRow[], number] = await m.query(CLAIM_ROWS_SQL, [ids, leaseUntil]);
  return rows;
}

async function loadPosts(m: EntityManager, postIds: string[]): Promise<PostRow[]> {
  return postIds.length ? m.query(SELECT_POSTS_SQL, [postIds]) : [];
}

async function loadAccounts(m: EntityManager, accountIds: string[]): Promise<AccountRow[]> {
  return accountIds.length ? m.query(SELECT_ACCOUNTS_SQL, [accountIds]) : [];
}

function toClaimedDelivery(r: ClaimRow, posts: PostRow[], accounts: AccountRow[]): ClaimedDelivery {
  const post = posts.find((p) => p.id === r.post_id) ?? null;
  const accountId = r.account_id ?? post?.social_account_id ?? null;
  const account = accounts.find((a) => a.id === accountId) ?? null;
  return {
    id: r.id,
    attempts: r.attempts,
    webhook: {
      organizationId: r.webhook_organization_id,
      url: r.url,
      secretVersion: r.secret_version,
      active: r.active,
    },
    notification: {
      id: r.notification_id,
      kind: r.kind,
      reason: r.reason,
      params: r.params ?? {},
      createdAt: r.n_created_at,
      organization: { id: r.org_id, name: r.org_name },
      postId: r.post_id,
      socialAccountId: r.account_id,
    },
    post: post
      ? {
          id: post.id,
          releaseId: post.release_id,
          platform: post.platform,
          state: post.state,
          permalink: post.permalink,
          publishAt: post.publish_at,
        }
      : null,
    account,
  };
}

/** webhook_deliveries: the outbox the worker drains. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * One pending delivery per active webhook subscribed to `kind` on the node or any ancestor (the
   * node's materialized path lists exactly those ids).
   */
  async enqueueForSubscribers(
    m: EntityManager,
    e: { notificationId: string; organizationId: string; kind: NotificationKind; dueAt: Date },
  ): Promise<number> {
    const rows: unknown[] = await m.query(
      `INSERT INTO webhook_deliveries (webhook_organization_id, notification_id, next_attempt_at, created_at)
       SELECT w.organization_id, $1, $4, $4
         FROM organizations o
         JOIN organization_webhooks w
           ON w.organization_id = ANY (string_to_array(trim(both '/' from o.path), '/')::uuid[])
        WHERE o.id = $2 AND w.active AND $3 = ANY (w.events)
       RETURNING id`,
      [e.notificationId, e.organizationId, e.kind, e.dueAt],
    );
    return rows.length;
  }

  /**
   * Claims up to `limit` due pending deliveries (FOR UPDATE SKIP LOCKED, so workers never take the
   * same row), counts the attempt and pushes next_attempt_at out by `leaseMs`: a worker that dies
   * mid-request leaves the row to be retried once the lease passes. Committed before any HTTP.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return this.dataSource.transaction(async (m) => {
      const ids = await lockDueIds(m, now, limit);
      if (!ids.length) return [];
      const rows = await claimRows(m, ids, new Date(now.getTime() + leaseMs));
      const posts = await loadPosts(m, nonNull(rows.map((r) => r.post_id)));
      const accountIds = nonNull(rows.map((r) => r.account_id));
      const accounts = await loadAccounts(m, [
        ...new Set([...accountIds, ...posts.map((p) => p.social_account_id)]),
      ]);
      return rows.map((r) => toClaimedDelivery(r, posts, accounts));
    });
  }

  async markDelivered(id: string, status: number, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'delivered', last_status = $2, last_error = NULL, delivered_at = $3
        WHERE id = $1 AND status = 'pending'`,
      [id, status, at],
    );
  }

  /** Another try at `retryAt`, or `failed` for good when retryAt is null. */
  async markAttemptFailed(
    id: string,
    outcome: { status: number | null; error: string; retryAt: Date | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
              next_attempt_at = COALESCE($4::timestamptz, next_attempt_at),
              last_status = $2, last_error = $3
        WHERE id = $1 AND status = 'pending'`,
      [id, outcome.status, outcome.error.slice(0, 500), outcome.retryAt],
    );
  }

  /** The node's latest deliveries, newest first, for its admins to see what their receiver answered. */
  async recentFor(
    webhookOrganizationId: string,
    limit: number,
    m: EntityManager = this.dataSource.manager,
  ): Promise<DeliverySummary[]> {
    const rows: {
      id: string;
      notification_id: string;
      kind: NotificationKind;
      status: DeliveryStatus;
      attempts: number;
      next_attempt_at: Date;
      last_status: number | null;
      last_error: string | null;
      delivered_at: Date | null;
      created_at: Date;
    }[] = await m.query(
      `SELECT d.id, d.notification_id, n.kind, d.status, d.attempts, d.next_attempt_at, d.last_status, d.last_error,
              d.delivered_at, d.created_at
         FROM webhook_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.webhook_organization_id = $1
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $2`,
      [webhookOrganizationId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      notificationId: r.notification_id,
      event: r.kind,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
      lastStatus: r.last_status,
      lastError: r.last_error,
      deliveredAt: r.delivered_at,
      createdAt: r.created_at,
    }));
  }

  /** A removed webhook's queue is dropped (failed, with the reason), in the removing transaction. */
  async failPendingFor(m: EntityManager, webhookOrganizationId: string, error: string): Promise<number> {
    const [, count]: [unknown[], number] = await m.query(
      `UPDATE webhook_deliveries SET status = 'failed', last_error = $2
        WHERE webhook_organization_id = $1 AND status = 'pending'`,
      [webhookOrganizationId, error],
    );
    return count;
  }
}
