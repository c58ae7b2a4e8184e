import { Inject, Injectable } from '@nestjs/common';
import { Actor, Language } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { renderNotification } from './notification-message';
import { NotificationsRepository, StoredNotification } from './notifications.repository';

export interface NotificationItem extends StoredNotification {
  title: string;
  body: string;
}

export interface ListNotificationsInput {
  limit: number;
  cursor?: string;
  unread?: boolean;
}

/** Notifications of every node in the caller's subtree(s), newest first, rendered in their language. */
@Injectable()
export class ListNotifications {
  constructor(
    @Inject(AccessScopeService) private readonly scopes: AccessScopeService,
    private readonly notifications: NotificationsRepository,
  ) {}

  async execute(
    actor: Actor,
    input: ListNotificationsInput,
    lang: Language,
  ): Promise<Page<NotificationItem>> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.OrgRead);
    const page = await this.notifications.listInScope(scope, input);
    return {
      items: page.items.map((n) => ({ ...n, ...renderNotification(n, lang) })),
      nextCursor: page.nextCursor,
    };
  }
}
