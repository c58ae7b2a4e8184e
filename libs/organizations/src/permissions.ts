import { Role } from '@warta/core';

/** What a role may do on a node and everything below it. */
export enum Permission {
  OrgRead = 'org:read',
  OrgManage = 'org:manage',
  UserManage = 'user:manage',
  ReleaseRead = 'release:read',
  ReleaseWrite = 'release:write',
  ReleaseApprove = 'release:approve',
  PostSchedule = 'post:schedule',
  PostResolve = 'post:resolve',
  AccountRead = 'account:read',
  AccountManage = 'account:manage',
  AnalyticsRead = 'analytics:read',
  TargetManage = 'target:manage',
  AuditRead = 'audit:read',
}

export const ALL_PERMISSIONS = Object.values(Permission);

/**
 * The role x permission matrix. Editors write and schedule; approvers decide; viewers (supervisors)
 * read dashboards; admins run the node (users, accounts, targets) and can do everything.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ALL_PERMISSIONS,
  editor: [
    Permission.OrgRead,
    Permission.ReleaseRead,
    Permission.ReleaseWrite,
    Permission.PostSchedule,
    Permission.PostResolve,
    Permission.AccountRead,
    Permission.AnalyticsRead,
  ],
  approver: [
    Permission.OrgRead,
    Permission.ReleaseRead,
    Permission.ReleaseApprove,
    Permission.AccountRead,
    Permission.AnalyticsRead,
    Permission.AuditRead,
  ],
  viewer: [
    Permission.OrgRead,
    Permission.ReleaseRead,
    Permission.AccountRead,
    Permission.AnalyticsRead,
    Permission.AuditRead,
  ],
};

export function rolesGranting(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].includes(permission));
}

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as string[]).includes(value);
}

/** Effective permissions per node from a user's memberships (for `GET /me`); pure, no query. */
export function permissionsByNode(
  memberships: { organizationId: string; role: Role }[],
): { organizationId: string; permissions: Permission[] }[] {
  const byNode = new Map<string, Set<Permission>>();
  for (const m of memberships) {
    const set = byNode.get(m.organizationId) ?? new Set<Permission>();
    ROLE_PERMISSIONS[m.role].forEach((p) => set.add(p));
    byNode.set(m.organizationId, set);
  }
  return [...byNode].map(([organizationId, perms]) => ({ organizationId, permissions: [...perms].sort() }));
}
