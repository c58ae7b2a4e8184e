import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService } from './access-scope.service';
import type { Organization } from './organization';
import { OrganizationsRepository } from './organizations.repository';
import { Permission } from './permissions';

/** One node of the caller's subtree(s); a node outside them does not exist for the caller (404). */
@Injectable()
export class GetOrganization {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async execute(actor: Actor, id: string): Promise<Organization> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.OrgRead);
    const node = await this.organizations.findInScope(scope, id);
    if (!node) throw new DomainError('NOT_FOUND');
    return node;
  }
}
