import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService } from './access-scope.service';
import { MembershipsRepository, ScopedUserView } from './memberships.repository';
import { Permission } from './permissions';

export interface ListUsersInput {
  limit: number;
  cursor?: string;
  /** Matches name or email. */
  q?: string;
}

/** People holding a role inside the admin's subtree, with the roles the admin can see. */
@Injectable()
export class ListUsers {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly memberships: MembershipsRepository,
  ) {}

  async execute(actor: Actor, input: ListUsersInput): Promise<Page<ScopedUserView>> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.UserManage);
    return this.memberships.listUsersInScope(scope, input);
  }
}
