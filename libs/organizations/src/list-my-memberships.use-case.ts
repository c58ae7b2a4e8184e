import { Injectable } from '@nestjs/common';
import { MembershipsRepository, MembershipView } from './memberships.repository';
import { Permission, permissionsByNode } from './permissions';

export interface MyMemberships {
  memberships: MembershipView[];
  /** What the caller may do on each membership node (and below). */
  permissions: { organizationId: string; permissions: Permission[] }[];
}

/** The caller's own memberships and the permissions they grant: always the caller's, so no scope. */
@Injectable()
export class ListMyMemberships {
  constructor(private readonly memberships: MembershipsRepository) {}

  async execute(userId: string): Promise<MyMemberships> {
    // One query: the permissions are derived from the memberships already read.
    const memberships = await this.memberships.forUser(userId);
    return { memberships, permissions: permissionsByNode(memberships) };
  }
}
