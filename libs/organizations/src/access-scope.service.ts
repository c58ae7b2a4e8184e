import { Inject, Injectable } from '@nestjs/common';
import { DomainError, Role } from '@warta/core';
import { AccessScope } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import type { Organization } from './organization';
import { OrganizationsRepository } from './organizations.repository';
import { Permission, ROLE_PERMISSIONS, rolesGranting } from './permissions';

export interface MembershipGrant {
  organizationId: string;
  path: string;
  role: Role;
}

/**
 * Answers "which nodes may this user read / act on for permission P". A node outside every subtree
 * the user belongs to does not exist for them (404); a node they can see but whose role lacks the
 * permission is forbidden (403).
 */
@Injectable()
export class AccessScopeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async grants(userId: string, manager: EntityManager = this.dataSource.manager): Promise<MembershipGrant[]> {
    const rows: { organization_id: string; path: string; role: Role }[] = await manager.query(
      `SELECT m.organization_id, o.path, m.role FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1`,
      [userId],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, path: r.path, role: r.role }));
  }

  async scopeFor(userId: string, permission: Permission, manager?: EntityManager): Promise<AccessScope> {
    const allowed = new Set(rolesGranting(permission));
    const grants = await this.grants(userId, manager);
    return AccessScope.fromRootPaths(
      userId,
      permission,
      grants.filter((g) => allowed.has(g.role)).map((g) => g.path),
    );
  }

  /**
   * The node, if the user may act on it with `permission`. Throws NOT_FOUND when the node is missing
   * or outside everything the user can see, FORBIDDEN when visible but the role lacks the permission.
   */
  async requireNode(
    userId: string,
    organizationId: string,
    permission: Permission,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Organization> {
    const grants = await this.grants(userId, manager);
    const node = await this.organizations.findById(manager, organizationId);
    if (!node) throw new DomainError('NOT_FOUND');
    const covering = grants.filter((g) => node.path.startsWith(g.path));
    if (!covering.length) throw new DomainError('NOT_FOUND');
    if (!covering.some((g) => ROLE_PERMISSIONS[g.role].includes(permission))) {
      throw new DomainError('FORBIDDEN', { permission });
    }
    return node;
  }
}
