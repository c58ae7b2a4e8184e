import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService } from './access-scope.service';
import type { Organization } from './organization';
import { OrganizationFilter, OrganizationsRepository } from './organizations.repository';
import { Permission } from './permissions';

/** Nodes in the caller's subtree(s), oldest first. */
@Injectable()
export class ListOrganizations {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async execute(actor: Actor, filter: OrganizationFilter): Promise<Page<Organization>> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.OrgRead);
    return this.organizations.listInScope(scope, filter);
  }
}
