import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, Page, pageOf, ScopedWhere } from '@warta/database';
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
    const where = new ScopedWhere(scope, 'o.path')
      .and('e.organization_id = ?', filter.organizationId)
      .and('e.actor_id = ?', filter.actorId)
      .and('e.action = ?', filter.action)
      .and('e.subject_type = ?', filter.subjectType)
      .and('e.subject_id = ?', filter.subjectId)
      .and('e.created_at >= ?', filter.from)
      .and('e.created_at < ?', filter.to)
      .afterCursor(filter.cursor, { at: 'e.created_at', id: 'e.id', idType: 'bigint' }, 'desc');
    const limit = where.param(filter.limit + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.organization_id, o.name AS organization_name, e.actor_id, u.email AS actor_email,
              e.action, e.subject_type, e.subject_id, e.reason, e.data, e.request_id, e.created_at
         FROM audit_events e
         JOIN organizations o ON o.id = e.organization_id
         LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${where.sql}
        ORDER BY e.created_at DESC, e.id DESC
        LIMIT ${limit}`,
      where.params,
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
