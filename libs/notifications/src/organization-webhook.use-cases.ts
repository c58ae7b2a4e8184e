import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { NOTIFICATION_KINDS, NotificationKind, isNotificationKind } from './notification-kind';
import { OrganizationWebhook, OrganizationWebhooksRepository } from './organization-webhooks.repository';
import { DeliverySummary, WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { deriveWebhookSecret } from './webhook-signature';
import { redactWebhookUrl, validateWebhookUrl } from './webhook-url';

export interface WebhookWithSecret {
  webhook: OrganizationWebhook;
  /** The signing secret: returned only when it is new (created, re-created or rotated), never again. */
  secret: string | null;
}

export interface PutWebhookInput {
  organizationId: string;
  url: string;
  events?: string[];
  /** The version read; 409 when the webhook moved since. Optional: PUT also creates. */
  version?: number;
}

function requireVersion(webhook: OrganizationWebhook, expected: number | undefined): void {
  if (expected !== undefined && webhook.version !== expected) {
    throw new DomainError('VERSION_CONFLICT', { expected, actual: webhook.version });
  }
}

function eventsOf(events: string[] | undefined): NotificationKind[] | undefined {
  if (events === undefined) return undefined;
  const unique = [...new Set(events)];
  if (!unique.length || !unique.every(isNotificationKind)) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      { field: 'events', code: 'rule.enum', params: { allowed: NOTIFICATION_KINDS.join(', ') } },
    ]);
  }
  return unique;
}

/**
 * The node's webhook (without its secret) and its latest deliveries, for admins of the node
 * (org:manage). 404 WEBHOOK_NOT_SET when none: the message says how to set one.
 */
@Injectable()
export class GetOrganizationWebhook {
  constructor(
    @Inject(AccessScopeService) private readonly scopes: AccessScopeService,
    private readonly webhooks: OrganizationWebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  async execute(
    actor: Actor,
    organizationId: string,
  ): Promise<{ webhook: OrganizationWebhook; recentDeliveries: DeliverySummary[] }> {
    await this.scopes.requireNode(actor.userId, organizationId, Permission.OrgManage);
    const webhook = await this.webhooks.find(organizationId);
    if (!webhook?.active) throw new DomainError('WEBHOOK_NOT_SET', { organizationId });
    return { webhook, recentDeliveries: await this.deliveries.recentFor(organizationId, 20) };
  }
}

/**
 * Creates or changes the node's webhook. Creating (or re-creating after removal) issues a new secret,
 * shown once; changing the URL or events of a live webhook keeps its secret.
 */
@Injectable()
export class PutOrganizationWebhook {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AccessScopeService) private readonly scopes: AccessScopeService,
    private readonly webhooks: OrganizationWebhooksRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: PutWebhookInput): Promise<WebhookWithSecret> {
    const url = validateWebhookUrl(input.url, this.config.notifications.blockPrivateWebhookHosts);
    const events = eventsOf(input.events);
    return this.dataSource.transaction(async (m) => {
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.OrgManage, m);
      const now = this.clock.now();
      const before = await this.webhooks.lock(m, input.organizationId);
      let after: OrganizationWebhook;
      let action: string;
      if (!before) {
        after = await this.webhooks.insert(m, {
          organizationId: input.organizationId,
          url,
          events: events ?? [...NOTIFICATION_KINDS],
          createdBy: actor.userId,
          at: now,
        });
        action = 'webhook.created';
      } else {
        requireVersion(before, input.version);
        after = await this.webhooks.update(m, input.organizationId, {
          url,
          events: events ?? (before.active ? undefined : [...NOTIFICATION_KINDS]),
          active: true,
          bumpSecret: !before.active,
          at: now,
        });
        action = before.active ? 'webhook.updated' : 'webhook.created';
      }
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action,
        subjectType: 'organization_webhook',
        subjectId: after.organizationId,
        data: {
          version: after.version,
          url: redactWebhookUrl(after.url),
          events: after.events,
          ...(before?.active ? { fromUrl: redactWebhookUrl(before.url), fromEvents: before.events } : {}),
          secretVersion: after.secretVersion,
        },
      });
      const secretIssued = !before?.active;
      return { webhook: after, secret: secretIssued ? this.secretOf(after) : null };
    });
  }

  private secretOf(w: OrganizationWebhook): string {
    return deriveWebhookSecret(this.config.notifications.webhookSecretKey, w.organizationId, w.secretVersion);
  }
}

async function lockLive(
  webhooks: OrganizationWebhooksRepository,
  m: EntityManager,
  organizationId: string,
): Promise<OrganizationWebhook> {
  const webhook = await webhooks.lock(m, organizationId);
  if (!webhook?.active) throw new DomainError('WEBHOOK_NOT_SET', { organizationId });
  return webhook;
}

/** Removes the node's webhook: it stops receiving events and its queued deliveries are dropped. */
@Injectable()
export class RemoveOrganizationWebhook {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AccessScopeService) private readonly scopes: AccessScopeService,
    private readonly webhooks: OrganizationWebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** `version`: the one the client read, as for every other removal (409 when it moved). */
  execute(
    actor: Actor,
    input: { organizationId: string; version: number; reason?: string },
  ): Promise<OrganizationWebhook> {
    return this.dataSource.transaction(async (m) => {
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.OrgManage, m);
      const before = await lockLive(this.webhooks, m, input.organizationId);
      requireVersion(before, input.version);
      const after = await this.webhooks.update(m, before.organizationId, {
        active: false,
        at: this.clock.now(),
      });
      const dropped = await this.deliveries.failPendingFor(m, before.organizationId, 'webhook removed');
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'webhook.removed',
        subjectType: 'organization_webhook',
        subjectId: after.organizationId,
        reason: input.reason?.trim() || null,
        data: { version: after.version, url: redactWebhookUrl(before.url), droppedDeliveries: dropped },
      });
      return after;
    });
  }
}

/**
 * Issues a new signing secret (shown once); the old one stops working at once. Deliveries still
 * queued are signed with the new secret when they go out.
 */
@Injectable()
export class RotateWebhookSecret {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AccessScopeService) private readonly scopes: AccessScopeService,
    private readonly webhooks: OrganizationWebhooksRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: { organizationId: string; version?: number }): Promise<WebhookWithSecret> {
    return this.dataSource.transaction(async (m) => {
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.OrgManage, m);
      const before = await lockLive(this.webhooks, m, input.organizationId);
      requireVersion(before, input.version);
      const after = await this.webhooks.update(m, before.organizationId, {
        bumpSecret: true,
        at: this.clock.now(),
      });
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'webhook.secret_rotated',
        subjectType: 'organization_webhook',
        subjectId: after.organizationId,
        data: { version: after.version, secretVersion: after.secretVersion },
      });
      const secret = deriveWebhookSecret(
        this.config.notifications.webhookSecretKey,
        after.organizationId,
        after.secretVersion,
      );
      return { webhook: after, secret };
    });
  }
}
