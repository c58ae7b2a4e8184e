import { Inject, Injectable } from '@nestjs/common';
import { Actor, Clock, DomainError } from '@warta/core';
import { PageChoice, PendingConnectionsRepository } from './pending-connections.repository';

export interface PendingConnectionView {
  pendingConnectionId: string;
  organizationId: string;
  choices: PageChoice[];
  expiresAt: Date;
}

/**
 * The Pages a Facebook connection offers, read again by the person who started it: the web app
 * lands on its accounts screen with only the connection's id and shows the choice from here.
 */
@Injectable()
export class GetPendingConnection {
  constructor(
    @Inject(Clock) private readonly clock: Clock,
    private readonly pending: PendingConnectionsRepository,
  ) {}

  async execute(actor: Actor, id: string): Promise<PendingConnectionView> {
    const p = await this.pending.findOpen(id, actor.userId, this.clock.now());
    if (!p) throw new DomainError('PENDING_CONNECTION_NOT_FOUND');
    return {
      pendingConnectionId: p.id,
      organizationId: p.organizationId,
      choices: p.choices,
      expiresAt: p.expiresAt,
    };
  }
}
