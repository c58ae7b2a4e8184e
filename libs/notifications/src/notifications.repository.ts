import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, Page, pageOf, ScopedWhere } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind';

export interface StoredNotification {
  id: string;
  organizationId: string;
  kind: NotificationKind;
  postId: string | null;
  socialAccountId: string | null;
  reason: string;
  params: Record<string, string | number | null>;
  createdAt: Date;
  /** For the user the list was read for. */
  read: boolean;
}

interface Row {
  id: string;
  organization_id: string;
  kind: NotificationKind;
  post_id: string | null;
  social_account_id: string | null;
  reason: string;
  params: Record<string, string | number | null>;
  created_at: Date;
  read: boolean;
}

function toNotification(r: Row): StoredNotification {
  return {
    id: r.id,
    organizationId: r.organization_id,
    kind: r.kind,
    postId: r.post_id,
    socialAccountId: r.social_account_id,
    reason: r.reason,
    params: r.params ?? {},
    createdAt: r.created_at,
    read: r.read,
  };
}

/** `read` for the scope's user: older than their "all read" mark, or read one by one. */
const READ_SQL = `(COALESCE(n.created_at <= mark.read_through, false) OR rd.user_id IS NOT NULL)`;

/** notifications, notification_reads and notification_read_marks. Every read takes an AccessScope. */
@Injectable()
export class NotificationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(m: EntityManager, n: Omit<StoredNotification, 'id' | 'read'>): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO notifications (organization_id, kind, post_id, social_account_id, reason, params, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING id`,
      [
        n.organizationId,
        n.kind,
        n.postId,
        n.socialAccountId,
        n.reason,
        JSON.stringify(n.params),
        n.createdAt,
      ],
    );
    return rows[0].id;
  }

  /** Newest first, over the nodes in the scope; `unread` keeps only what the scope's user has not read. */
  async listInScope(
    scope: AccessScope,
    q: { limit: number; cursor?: string; unread?: boolean },
    m: EntityManager = this.dataSource.manager,
  ): Promise<Page<StoredNotification>> {
    const w = new ScopedWhere(scope, 'o.path')
      .and(`${READ_SQL} = ?`, q.unread ? false : undefined)
      .afterCursor(q.cursor, { at: 'n.created_at', id: 'n.id', idType: 'uuid' }, 'desc');
    const user = w.param(scope.userId);
    const limit = w.param(q.limit + 1);
    const rows: Row[] = await m.query(
      `SELECT n.id, n.organization_id, n.kind, n.post_id, n.social_account_id, n.reason, n.params, n.created_at,
              ${READ_SQL} AS read
         FROM notifications n
         JOIN organizations o ON o.id = n.organization_id
         LEFT JOIN notification_read_marks mark ON mark.user_id = ${user}
         LEFT JOIN notification_reads rd ON rd.notification_id = n.id AND rd.user_id = ${user}
        WHERE ${w.sql}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT ${limit}`,
      w.params,
    );
    return pageOf(rows.map(toNotification), q.limit, (n) => ({ at: n.createdAt.toISOString(), id: n.id }));
  }

  /** The notification if its node is in the scope (else null: a 404 for the caller). */
  async findInScope(
    scope: AccessScope,
    id: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<StoredNotification | null> {
    const w = new ScopedWhere(scope, 'o.path').and('n.id = ?', id);
    const user = w.param(scope.userId);
    const rows: Row[] = await m.query(
      `SELECT n.id, n.organization_id, n.kind, n.post_id, n.social_account_id, n.reason, n.params, n.created_at,
              ${READ_SQL} AS read
         FROM notifications n
         JOIN organizations o ON o.id = n.organization_id
         LEFT JOIN notification_read_marks mark ON mark.user_id = ${user}
         LEFT JOIN notification_reads rd ON rd.notification_id = n.id AND rd.user_id = ${user}
        WHERE ${w.sql}`,
      w.params,
    );
    return rows[0] ? toNotification(rows[0]) : null;
  }

  async markRead(m: EntityManager, userId: string, notificationId: string, at: Date): Promise<void> {
    await m.query(
      `INSERT INTO notification_reads (user_id, notification_id, read_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, notification_id) DO NOTHING`,
      [userId, notificationId, at],
    );
  }

  /**
   * Everything up to `through` is read for the user (a watermark, not a row per notification); the
   * single reads it covers are dropped. The mark never moves backwards.
   */
  async markAllRead(m: EntityManager, userId: string, through: Date): Promise<void> {
    await m.query(
      `INSERT INTO notification_read_marks (user_id, read_through) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET read_through = GREATEST(notification_read_marks.read_through, EXCLUDED.read_through)`,
      [userId, through],
    );
    await m.query(
      `DELETE FROM notification_reads rd USING notifications n
        WHERE rd.user_id = $1 AND n.id = rd.notification_id AND n.created_at <= $2`,
      [userId, through],
    );
  }
}
