import { Inject, Injectable } from '@nestjs/common';
import { ConnectedIdentity } from '@warta/connectors';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { AccountConnector } from './account-connector.service';
import { PendingConnectionsRepository } from './pending-connections.repository';
import { SocialAccountView } from './social-accounts.repository';
import { TokenVault } from './token-vault.service';

export interface AttachPagesInput {
  pendingConnectionId: string;
  pageIds: string[];
  /** Attach each chosen Page's Instagram business account too (default true). */
  includeInstagram?: boolean;
}

/**
 * Attaches the Facebook Pages the person picked (and their Instagram accounts) to the node the
 * connection was started for. Only the person who started it may finish it, once.
 */
@Injectable()
export class AttachFacebookPages {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly pending: PendingConnectionsRepository,
    private readonly scopes: AccessScopeService,
    private readonly vault: TokenVault,
    private readonly connector: AccountConnector,
  ) {}

  execute(actor: Actor, input: AttachPagesInput): Promise<SocialAccountView[]> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.pending.consume(m, input.pendingConnectionId, actor.userId, this.clock.now());
      if (!p) throw new DomainError('PENDING_CONNECTION_NOT_FOUND');
      await this.scopes.requireNode(actor.userId, p.organizationId, Permission.AccountManage, m);
      const offered = new Set(p.choices.map((c) => c.pageId));
      const unknown = input.pageIds.filter((id) => !offered.has(id));
      if (unknown.length || !input.pageIds.length) {
        throw new DomainError('PAGE_NOT_OFFERED', { pageIds: unknown.join(', ') || '-' });
      }
      const identities = (this.vault.open(p.sealed).identities ?? []) as ConnectedIdentity[];
      const chosen = new Set(input.pageIds);
      const picked = identities.filter(
        (i) =>
          (i.platform === 'facebook' && chosen.has(i.externalId)) ||
          (i.platform === 'instagram' &&
            input.includeInstagram !== false &&
            chosen.has(i.parentExternalId ?? '')),
      );
      for (const i of picked) if (i.tokens.expiresAt) i.tokens.expiresAt = new Date(i.tokens.expiresAt);
      return this.connector.attach(m, p.organizationId, picked, actor);
    });
  }
}
