import { Inject, Injectable } from '@nestjs/common';
import { OrganizationKind } from '@warta/core';
import { AccessScope, containsPattern, Page, pageOf, ScopedWhere } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { ApprovalPolicy, Organization } from './organization';

export interface OrganizationFilter {
  kind?: OrganizationKind;
  parentId?: string;
  /** Only nodes under this one (inclusive). */
  under?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

const COLUMNS = `o.id, o.parent_id, o.path, o.depth, o.name, o.slug, o.kind, o.timezone, o.default_hashtags,
  o.settings, o.approval_policy, o.late_tolerance_minutes, o.version, o.created_at, o.updated_at`;

interface OrgRow {
  id: string;
  parent_id: string | null;
  path: string;
  depth: number;
  name: string;
  slug: string;
  kind: OrganizationKind;
  timezone: string;
  default_hashtags: string[];
  settings: Record<string, unknown>;
  approval_policy: ApprovalPolicy;
  late_tolerance_minutes: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

function toOrganization(r: OrgRow): Organization {
  return {
    id: r.id,
    parentId: r.parent_id,
    path: r.path,
    depth: r.depth,
    name: r.name,
    slug: r.slug,
    kind: r.kind,
    timezone: r.timezone,
    defaultHashtags: r.default_hashtags,
    settings: r.settings,
    approvalPolicy: r.approval_policy,
    lateToleranceMinutes: r.late_tolerance_minutes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The org tree. Reads take the caller's AccessScope; nothing outside it is ever returned. */
@Injectable()
export class OrganizationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findInScope(scope: AccessScope, id: string): Promise<Organization | null> {
    const s = scope.sql('o.path', 2);
    const rows: OrgRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM organizations o WHERE o.id = $1 AND ${s.clause}`,
      [id, ...s.params],
    );
    return rows[0] ? toOrganization(rows[0]) : null;
  }

  async listInScope(scope: AccessScope, f: OrganizationFilter): Promise<Page<Organization>> {
    const where = new ScopedWhere(scope, 'o.path')
      .and('o.kind = ?', f.kind)
      .and('o.parent_id = ?', f.parentId)
      .and("o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = ?)", f.under)
      .and('(o.name ILIKE ? OR o.slug ILIKE ?)', f.q ? containsPattern(f.q) : undefined)
      .afterCursor(f.cursor, { at: 'o.created_at', id: 'o.id', idType: 'uuid' });
    const limit = where.param(f.limit + 1);
    const rows: OrgRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM organizations o WHERE ${where.sql} ORDER BY o.created_at, o.id LIMIT ${limit}`,
      where.params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.created_at.toISOString(), id: r.id }));
    return { items: page.items.map(toOrganization), nextCursor: page.nextCursor };
  }

  /** The node by id, unscoped: for callers that decide access themselves (AccessScopeService) or already did. */
  async findById(manager: EntityManager, id: string): Promise<Organization | null> {
    const rows: OrgRow[] = await manager.query(`SELECT ${COLUMNS} FROM organizations o WHERE o.id = $1`, [
      id,
    ]);
    return rows[0] ? toOrganization(rows[0]) : null;
  }

  async slugExists(manager: EntityManager, slug: string): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM organizations WHERE slug = $1`, [slug])).length > 0;
  }

  /** Inserts a node under `parent` (or as a root), computing its materialized path. */
  async insert(
    manager: EntityManager,
    parent: Organization | null,
    node: Pick<
      Organization,
      'name' | 'slug' | 'kind' | 'timezone' | 'defaultHashtags' | 'settings' | 'approvalPolicy'
    >,
  ): Promise<Organization> {
    const rows: OrgRow[] = await manager.query(
      `WITH id AS (SELECT gen_random_uuid() AS id)
       INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind, timezone, default_hashtags, settings, approval_policy)
       SELECT id.id, $1, $2 || id.id::text || '/', $3, $4, $5, $6, $7, $8, $9, $10 FROM id
       RETURNING ${COLUMNS.replaceAll('o.', '')}`,
      [
        parent?.id ?? null,
        parent?.path ?? '/',
        parent ? parent.depth + 1 : 0,
        node.name,
        node.slug,
        node.kind,
        node.timezone,
        node.defaultHashtags,
        JSON.stringify(node.settings),
        node.approvalPolicy,
      ],
    );
    return toOrganization(rows[0]);
  }

  /** Updates editable fields if the version still matches; returns null on a stale version. */
  async update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    patch: Partial<
      Pick<Organization, 'name' | 'timezone' | 'defaultHashtags' | 'settings' | 'approvalPolicy'>
    >,
  ): Promise<Organization | null> {
    // TypeORM answers UPDATE ... RETURNING with [rows, affectedCount].
    const [rows]: [OrgRow[], number] = await manager.query(
      `UPDATE organizations SET
         name = COALESCE($3, name),
         timezone = COALESCE($4, timezone),
         default_hashtags = COALESCE($5, default_hashtags),
         settings = COALESCE($6::jsonb, settings),
         approval_policy = COALESCE($7, approval_policy),
         version = version + 1,
         updated_at = now()
       WHERE id = $1 AND version = $2
       RETURNING ${COLUMNS.replaceAll('o.', '')}`,
      [
        id,
        expectedVersion,
        patch.name ?? null,
        patch.timezone ?? null,
        patch.defaultHashtags ?? null,
        patch.settings ? JSON.stringify(patch.settings) : null,
        patch.approvalPolicy ?? null,
      ],
    );
    return rows[0] ? toOrganization(rows[0]) : null;
  }

  async currentVersion(manager: EntityManager, id: string): Promise<number | null> {
    const rows: { version: number }[] = await manager.query(
      `SELECT version FROM organizations WHERE id = $1`,
      [id],
    );
    return rows[0]?.version ?? null;
  }
}
