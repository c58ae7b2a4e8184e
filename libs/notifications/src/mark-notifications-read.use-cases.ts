import { Inject, Injectable } from '@nestjs/common';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { NotificationsRepository } from './notifications.repository';

/*
 * Read marks are a person's own inbox state, not a change to anything their node shares, so they are
 * not written to the audit trail (which would grow by one event per click).
 */

/** Marks one notification read for the caller; 404 when its node is outside their subtree. */
@Injectable()
export class MarkNotificationRead {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AccessScopeService) private readonly scopes: AccessScopeService,
    private readonly notifications: NotificationsRepository,
  ) {}

  async execute(actor: Actor, notificationId: string): Promise<{ id: string; read: true }> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.OrgRead);
    const found = await this.notifications.findInScope(scope, notificationId);
    if (!found) throw new DomainError('NOT_FOUND');
    await this.notifications.markRead(this.dataSource.manager, actor.userId, found.id, this.clock.now());
    return { id: found.id, read: true };
  }
}

/** Everything the caller can see, up to now (or up to `through` when given), becomes read. */
@Injectable()
export class MarkAllNotificationsRead {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly notifications: NotificationsRepository,
  ) {}

  async execute(actor: Actor, input: { through?: Date } = {}): Promise<{ readThrough: Date }> {
    const now = this.clock.now();
    // Never in the future: notifications that do not exist yet cannot have been seen.
    const through = input.through && input.through < now ? input.through : now;
    await this.dataSource.transaction((m) => this.notifications.markAllRead(m, actor.userId, through));
    return { readThrough: through };
  }
}
