import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind';

export interface OrganizationWebhook {
  organizationId: string;
  url: string;
  events: NotificationKind[];
  active: boolean;
  secretVersion: number;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The node's IANA zone, in which the api shows the webhook's times. */
  organizationTimezone: string;
}

interface Row {
  organization_id: string;
  url: string;
  events: NotificationKind[];
  active: boolean;
  secret_version: number;
  version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  organization_timezone: string;
}

const COLUMNS = `organization_id, url, events, active, secret_version, version, created_by, created_at, updated_at,
  (SELECT o.timezone FROM organizations o WHERE o.id = organization_webhooks.organization_id) AS organization_timezone`;

function toWebhook(r: Row): OrganizationWebhook {
  return {
    organizationId: r.organization_id,
    url: r.url,
    events: r.events,
    active: r.active,
    secretVersion: r.secret_version,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    organizationTimezone: r.organization_timezone,
  };
}

/**
 * organization_webhooks: at most one per node. Callers check the node (AccessScopeService.requireNode
 * with org:manage) before any of these, so they take the node id rather than a scope.
 */
@Injectable()
export class OrganizationWebhooksRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async find(
    organizationId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<OrganizationWebhook | null> {
    const rows: Row[] = await m.query(
      `SELECT ${COLUMNS} FROM organization_webhooks WHERE organization_id = $1`,
      [organizationId],
    );
    return rows[0] ? toWebhook(rows[0]) : null;
  }

  async lock(m: EntityManager, organizationId: string): Promise<OrganizationWebhook | null> {
    const rows: Row[] = await m.query(
      `SELECT ${COLUMNS} FROM organization_webhooks WHERE organization_id = $1 FOR UPDATE`,
      [organizationId],
    );
    return rows[0] ? toWebhook(rows[0]) : null;
  }

  async insert(
    m: EntityManager,
    w: { organizationId: string; url: string; events: NotificationKind[]; createdBy: string; at: Date },
  ): Promise<OrganizationWebhook> {
    const rows: Row[] = await m.query(
      `INSERT INTO organization_webhooks (organization_id, url, events, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${COLUMNS}`,
      [w.organizationId, w.url, w.events, w.createdBy, w.at],
    );
    return toWebhook(rows[0]);
  }

  /** Writes the given fields and bumps `version`; the caller holds the row lock. */
  async update(
    m: EntityManager,
    organizationId: string,
    patch: { url?: string; events?: NotificationKind[]; active?: boolean; bumpSecret?: boolean; at: Date },
  ): Promise<OrganizationWebhook> {
    const [rows]: [Row[], number] = await m.query(
      `UPDATE organization_webhooks
          SET url = COALESCE($2, url),
              events = COALESCE($3::text[], events),
              active = COALESCE($4, active),
              secret_version = secret_version + CASE WHEN $5 THEN 1 ELSE 0 END,
              version = version + 1,
              updated_at = $6
        WHERE organization_id = $1
        RETURNING ${COLUMNS}`,
      [
        organizationId,
        patch.url ?? null,
        patch.events ?? null,
        patch.active ?? null,
        patch.bumpSecret ?? false,
        patch.at,
      ],
    );
    return toWebhook(rows[0]);
  }
}
