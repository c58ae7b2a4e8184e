import { Injectable } from '@nestjs/common';
import { AuditEventView, AuditFilter, ListScopedAuditEvents } from '@warta/audit';
import { Actor } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService } from './access-scope.service';
import { Permission } from './permissions';

/**
 * The audit trail of the caller's subtree, newest first. It lives here rather than in libs/audit
 * because audit sits below organizations (every lib writes to it) and the scope is resolved here.
 */
@Injectable()
export class ListAuditEvents {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly listScoped: ListScopedAuditEvents,
  ) {}

  async execute(actor: Actor, filter: AuditFilter): Promise<Page<AuditEventView>> {
    // One rule for every list filter (DESIGN §8): a node outside the caller's subtree is 404, not an empty list.
    if (filter.organizationId)
      await this.scopes.requireNode(actor.userId, filter.organizationId, Permission.AuditRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.AuditRead);
    return this.listScoped.execute(scope, filter);
  }
}
