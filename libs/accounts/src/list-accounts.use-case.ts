import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { AccountFilter, SocialAccountsRepository, SocialAccountView } from './social-accounts.repository';

/** Connected accounts in the caller's subtree(s) (or under one node of it), oldest first. */
@Injectable()
export class ListAccounts {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly accounts: SocialAccountsRepository,
  ) {}

  async execute(actor: Actor, filter: AccountFilter): Promise<Page<SocialAccountView>> {
    // One rule for every list filter (DESIGN §8): a node outside the caller's subtree is 404, not an empty list.
    if (filter.organizationId)
      await this.scopes.requireNode(actor.userId, filter.organizationId, Permission.AccountRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.AccountRead);
    return this.accounts.listInScope(scope, filter);
  }
}
