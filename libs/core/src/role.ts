/** A membership's role; it holds on the membership's node and every node below it (DESIGN §1). */
export type Role = 'admin' | 'editor' | 'approver' | 'viewer';

export const ROLES: readonly Role[] = ['admin', 'editor', 'approver', 'viewer'];
