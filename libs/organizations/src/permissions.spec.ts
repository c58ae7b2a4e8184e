import { Permission, permissionsByNode, ROLE_PERMISSIONS } from './permissions';

describe('permissionsByNode', () => {
  it('unions the roles held on one node and keeps nodes apart', () => {
    const result = permissionsByNode([
      { organizationId: 'kanwil', role: 'viewer' },
      { organizationId: 'kanwil', role: 'approver' },
      { organizationId: 'unit', role: 'editor' },
    ]);
    const kanwil = result.find((r) => r.organizationId === 'kanwil')!.permissions;
    expect(kanwil).toContain(Permission.ReleaseApprove);
    expect(kanwil).toContain(Permission.AnalyticsRead);
    expect(kanwil).not.toContain(Permission.ReleaseWrite);
    expect(result.find((r) => r.organizationId === 'unit')!.permissions).toEqual(
      [...ROLE_PERMISSIONS.editor].sort(),
    );
  });

  it('gives admins every permission', () => {
    expect(permissionsByNode([{ organizationId: 'x', role: 'admin' }])[0].permissions).toHaveLength(
      Object.values(Permission).length,
    );
  });
});
