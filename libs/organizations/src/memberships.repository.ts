import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@warta/core';
import { AccessScope, decodeCursor, Page, pageOf } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { Membership } from './membership';

export interface MembershipView {
  id: string;
  userId: string;
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  role: Role;
  createdAt: string;
}

export interface ScopedUserView {
  id: string;
  email: string;
  name: string;
  status: string;
  locale: string;
  createdAt: string;
  memberships: MembershipView[];
}

/** Memberships (user, node, role). Listing is scoped: an admin sees only memberships inside their subtree. */
@Injectable()
export class MembershipsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async forUser(userId: string): Promise<MembershipView[]> {
    const rows: {
      id: string;
      user_id: string;
      organization_id: string;
      name: string;
      kind: string;
      role: Role;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT m.id, m.user_id, m.organization_id, o.name, o.kind, m.role, m.created_at
           FROM memberships m JOIN organizations o ON o.id = m.organization_id
          WHERE m.user_id = $1 ORDER BY o.depth, o.name, m.role`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      organizationId: r.organization_id,
      organizationName: r.name,
      organizationKind: r.kind,
      role: r.role,
      createdAt: r.created_at.toISOString(),
    }));
  }

  async findInScope(
    manager: EntityManager,
    scope: AccessScope,
    id: string,
  ): Promise<(Membership & { path: string }) | null> {
    const s = scope.sql('o.path', 2);
    const rows: {
      id: string;
      user_id: string;
      organization_id: string;
      role: Role;
      created_by: string | null;
      created_at: Date;
      path: string;
    }[] = await manager.query(
      `SELECT m.*, o.path FROM memberships m JOIN organizations o ON o.id = m.organization_id
          WHERE m.id = $1 AND ${s.clause} FOR UPDATE OF m`,
      [id, ...s.params],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      userId: r.user_id,
      organizationId: r.organization_id,
      role: r.role,
      createdBy: r.created_by,
      createdAt: r.created_at,
      path: r.path,
    };
  }

  async exists(manager: EntityManager, userId: string, organizationId: string, role: Role): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id = $2 AND role = $3`,
      [userId, organizationId, role],
    );
    return rows.length > 0;
  }

  async insert(
    manager: EntityManager,
    m: { userId: string; organizationId: string; role: Role; createdBy: string | null },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO memberships (user_id, organization_id, role, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [m.userId, m.organizationId, m.role, m.createdBy],
    );
    return rows[0].id;
  }

  async updateRole(manager: EntityManager, id: string, role: Role): Promise<void> {
    await manager.query(`UPDATE memberships SET role = $2 WHERE id = $1`, [id, role]);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM memberships WHERE id = $1`, [id]);
  }

  /** Is the user visible to this scope, i.e. does it hold any membership inside it? */
  async userVisibleInScope(manager: EntityManager, scope: AccessScope, userId: string): Promise<boolean> {
    const s = scope.sql('o.path', 2);
    const rows = await manager.query(
      `SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1 AND ${s.clause} LIMIT 1`,
      [userId, ...s.params],
    );
    return rows.length > 0;
  }

  /** Users holding a membership inside the scope, each with the memberships the scope can see. */
  async listUsersInScope(
    scope: AccessScope,
    f: { limit: number; cursor?: string; q?: string },
  ): Promise<Page<ScopedUserView>> {
    const s = scope.sql('o.path', 1);
    const params: unknown[] = [...s.params];
    const where = [
      `u.id IN (SELECT m.user_id FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE ${s.clause})`,
    ];
    if (f.q) {
      params.push(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(u.email ILIKE $${params.length} OR u.name ILIKE $${params.length})`);
    }
    const cursor = decodeCursor(f.cursor);
    if (cursor) {
      params.push(cursor.at, cursor.id);
      where.push(`(u.created_at, u.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(f.limit + 1);
    const users: {
      id: string;
      email: string;
      name: string;
      status: string;
      locale: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.status, u.locale, u.created_at FROM users u
          WHERE ${where.join(' AND ')} ORDER BY u.created_at, u.id LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(users, f.limit, (u) => ({ at: u.created_at.toISOString(), id: u.id }));
    const ids = page.items.map((u) => u.id);
    const memberships: {
      id: string;
      user_id: string;
      organization_id: string;
      name: string;
      kind: string;
      role: Role;
      created_at: Date;
    }[] = ids.length
      ? await this.dataSource.query(
          `SELECT m.id, m.user_id, m.organization_id, o.name, o.kind, m.role, m.created_at
               FROM memberships m JOIN organizations o ON o.id = m.organization_id
              WHERE m.user_id = ANY($2::uuid[]) AND ${s.clause} ORDER BY o.depth, o.name`,
          [...s.params, ids],
        )
      : [];
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        status: u.status,
        locale: u.locale,
        createdAt: u.created_at.toISOString(),
        memberships: memberships
          .filter((m) => m.user_id === u.id)
          .map((m) => ({
            id: m.id,
            userId: m.user_id,
            organizationId: m.organization_id,
            organizationName: m.name,
            organizationKind: m.kind,
            role: m.role,
            createdAt: m.created_at.toISOString(),
          })),
      })),
    };
  }
}
