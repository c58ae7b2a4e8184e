import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, decodeCursor, Page, pageOf } from '@warta/database';
import { DataSource } from 'typeorm';

export interface AuditEventView {
  id: string;
  organizationId: string | null;
  organizationName: string | null;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  requestId: string | null;
  createdAt: string;
}

export interface AuditFilter {
  organizationId?: string;
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

interface AuditRow {
  id: string;
  organization_id: string | null;
  organization_name: string | null;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  request_id: string | null;
  created_at: Date;
}

/** Reads the audit trail of the caller's subtree, newest first. */
@Injectable()
export class AuditEventsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(scope: AccessScope, filter: AuditFilter): Promise<Page<AuditEventView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const scoped = scope.sql('o.path', 1);
    where.push(scoped.clause);
    params.push(...scoped.params);
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.organizationId) add('e.organization_id = ?', filter.organizationId);
    if (filter.actorId) add('e.actor_id = ?', filter.actorId);
    if (filter.action) add('e.action = ?', filter.action);
    if (filter.subjectType) add('e.subject_type = ?', filter.subjectType);
    if (filter.subjectId) add('e.subject_id = ?', filter.subjectId);
    if (filter.from) add('e.created_at >= ?', filter.from);
    if (filter.to) add('e.created_at < ?', filter.to);
    const cursor = decodeCursor(filter.cursor);
    if (cursor) {
      params.push(cursor.at, cursor.id);
      where.push(`(e.created_at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(filter.limit + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.organization_id, o.name AS organization_name, e.actor_id, u.email AS actor_email,
              e.action, e.subject_type, e.subject_id, e.reason, e.data, e.request_id, e.created_at
         FROM audit_events e
         JOIN organizations o ON o.id = e.organization_id
         LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(rows, filter.limit, (r) => ({ at: r.created_at.toISOString(), id: r.id }));
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }
}

function toView(r: AuditRow): AuditEventView {
  return {
    id: r.id,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    reason: r.reason,
    data: r.data,
    requestId: r.request_id,
    createdAt: r.created_at.toISOString(),
  };
}
