import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { SocialAccountsRepository, SocialAccountView } from './social-accounts.repository';

/** One connected account of the caller's subtree(s); any other does not exist for the caller (404). */
@Injectable()
export class GetAccount {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly accounts: SocialAccountsRepository,
  ) {}

  async execute(actor: Actor, id: string): Promise<SocialAccountView> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.AccountRead);
    const account = await this.accounts.findInScope(scope, id);
    if (!account) throw new DomainError('NOT_FOUND');
    return account;
  }
}
