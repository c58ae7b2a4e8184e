import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { ClaimedDelivery, WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { webhookRetryDelayMs } from './webhook-retry-policy';
import { WebhookSender } from './webhook-sender.service';
import { deriveWebhookSecret, signWebhookPayload } from './webhook-signature';
import { redactWebhookUrl } from './webhook-url';

export interface DeliveryRunResult {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
}

/** Deliveries claimed per run; each is one bounded HTTP request, sent concurrently. */
export const WEBHOOK_DELIVERY_BATCH = 20;

/** The JSON body a receiver gets (documented in the README). */
export function webhookPayload(d: ClaimedDelivery) {
  const n = d.notification;
  return {
    id: n.id,
    event: n.kind,
    occurredAt: n.createdAt.toISOString(),
    organization: n.organization,
    ...(d.post
      ? {
          post: {
            id: d.post.id,
            releaseId: d.post.releaseId,
            platform: d.post.platform,
            state: d.post.state,
            permalink: d.post.permalink,
            publishAt: d.post.publishAt?.toISOString() ?? null,
          },
        }
      : {}),
    ...(d.account ? { account: d.account } : {}),
    reason: n.reason,
    params: n.params,
  };
}

/**
 * Drains the webhook outbox: claims due pending deliveries (SKIP LOCKED, committed before any HTTP),
 * POSTs each, signed, and records the outcome. 2xx is delivered; anything else is retried with
 * exponential backoff (webhook-retry-policy) and failed after the last attempt. Delivery is
 * at-least-once: a worker killed mid-request leaves the row to come back after its lease, so
 * receivers de-duplicate on X-Warta-Delivery.
 */
@Injectable()
export class DeliverPendingWebhooks {
  private readonly logger = new Logger('webhooks');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly sender: WebhookSender,
  ) {}

  async execute(): Promise<DeliveryRunResult> {
    const leaseMs = this.config.publishing.webhookTimeoutMs + 30_000;
    const claimed = await this.deliveries.claimDue(this.clock.now(), WEBHOOK_DELIVERY_BATCH, leaseMs);
    const result: DeliveryRunResult = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };
    const outcomes = await Promise.all(claimed.map((d) => this.deliver(d)));
    for (const o of outcomes) result[o]++;
    return result;
  }

  private async deliver(d: ClaimedDelivery): Promise<'delivered' | 'retrying' | 'failed'> {
    if (!d.webhook.active) {
      await this.deliveries.markAttemptFailed(d.id, {
        status: null,
        error: 'webhook removed',
        retryAt: null,
      });
      return 'failed';
    }
    const body = JSON.stringify(webhookPayload(d));
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const secret = deriveWebhookSecret(
      this.config.notifications.webhookSecretKey,
      d.webhook.organizationId,
      d.webhook.secretVersion,
    );
    const res = await this.sender.post({
      url: d.webhook.url,
      body,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Warta-Webhooks/1',
        'X-Warta-Event': d.notification.kind,
        'X-Warta-Delivery': d.id,
        'X-Warta-Timestamp': String(timestamp),
        'X-Warta-Signature': signWebhookPayload(secret, timestamp, body),
      },
    });
    if (res.status !== null && res.status >= 200 && res.status < 300) {
      await this.deliveries.markDelivered(d.id, res.status, this.clock.now());
      return 'delivered';
    }
    const delay = webhookRetryDelayMs(d.attempts);
    const error = res.error ?? `HTTP ${res.status}`;
    await this.deliveries.markAttemptFailed(d.id, {
      status: res.status,
      error,
      retryAt: delay === null ? null : new Date(this.clock.now().getTime() + delay),
    });
    this.logger.warn(
      {
        deliveryId: d.id,
        webhook: d.webhook.organizationId,
        url: redactWebhookUrl(d.webhook.url),
        attempt: d.attempts,
        status: res.status,
        error,
        final: delay === null,
      },
      'webhook delivery failed',
    );
    return delay === null ? 'failed' : 'retrying';
  }
}
