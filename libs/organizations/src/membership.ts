import type { Role } from '@warta/core';

/** A role granted to a user on a node and every node below it (a row of `memberships`). */
export interface Membership {
  id: string;
  userId: string;
  organizationId: string;
  role: Role;
  createdBy: string | null;
  createdAt: Date;
}
