import { Injectable } from '@nestjs/common';
import { MarkAccountNeedsReconnect, RefreshAccountToken } from '@warta/accounts';
import { ConnectorCredentials, ConnectorError, PreparedPost } from '@warta/connectors';
import { DomainError } from '@warta/core';
import { EngineClock } from '../engine-clock';
import { PostState } from '../post-state';
import type { PublishRow } from '../publish-row';
import { PublishingMetrics } from '../publishing-metrics';
import { PublishingPostsRepository } from '../publishing-posts.repository';
import { afterReset, backoffMs, MAX_PUBLISH_ATTEMPTS } from '../retry-policy';
import { SendingAccounts } from '../sending-accounts';
import { Advance, AGAIN, DONE, PARKED_RECHECK_MS } from './publish-rules';
import { SettlePost } from './settle-post.service';

/** Where a failure happened: the post is in `from` under the lease of `me`. */
export interface HeldPost {
  row: PublishRow;
  me: string;
  from: PostState;
}

/**
 * Failures that prove nothing was published (prepare, a send the platform refused, an account that
 * cannot send): wait for the platform, retry with backoff, refresh an expired token once, park on a
 * revoked one, or fail for good with the platform's reason.
 */
@Injectable()
export class PublishFailures {
  constructor(
    /** The database's time (see EngineClock): every wait here is judged on it. */
    private readonly clock: EngineClock,
    private readonly posts: PublishingPostsRepository,
    private readonly accounts: SendingAccounts,
    private readonly refreshToken: RefreshAccountToken,
    private readonly needsReconnect: MarkAccountNeedsReconnect,
    private readonly settle: SettlePost,
    private readonly metrics: PublishingMetrics,
  ) {}

  /** The account's credentials, or null once the post was parked (or failed) for want of them. */
  async credentialsOrPark(held: HeldPost): Promise<ConnectorCredentials | null> {
    try {
      return await this.accounts.credentialsOf(held.row.socialAccountId);
    } catch (e) {
      if (
        e instanceof DomainError &&
        (e.code === 'ACCOUNT_NEEDS_RECONNECT' || e.code === 'ACCOUNT_DISCONNECTED')
      ) {
        await this.park(
          held,
          e.code === 'ACCOUNT_DISCONNECTED' ? 'account disconnected' : 'account needs reconnect',
        );
        return null;
      }
      if (e instanceof ConnectorError) {
        await this.beforeSend(held, e);
        return null;
      }
      throw e;
    }
  }

  /** A failure that proves nothing was published; anything but a ConnectorError is rethrown. */
  async beforeSend(held: HeldPost, e: unknown): Promise<Advance> {
    if (!(e instanceof ConnectorError)) throw e; // our own fault (database...): the job is retried
    const { row } = held;
    if (e.kind === 'auth_expired' || e.kind === 'auth_revoked' || e.kind === 'permission') {
      this.accounts.forget(row.socialAccountId);
    }
    const now = this.clock.now();
    const retryAt = (until: Date, prepared?: PreparedPost | null) =>
      this.retryLater(held, until, e.kind, e.message, prepared);
    switch (e.kind) {
      case 'rate_limited':
      case 'quota':
        return retryAt(afterReset(e.resetAt ?? new Date(now.getTime() + 60_000), now));
      case 'not_ready':
        return retryAt(
          new Date(now.getTime() + (e.checkAfterSeconds ?? 5) * 1000),
          e.discardPrepared ? null : undefined,
        );
      case 'auth_expired': {
        // Refresh once and retry at once; a second expiry in a row waits like any transient error.
        if (row.lastErrorClass !== 'auth_expired') {
          const r = await this.refreshToken.execute(row.socialAccountId, { force: true }).catch(() => null);
          if (r?.status === 'needs_reconnect') return this.park(held, r.reason);
          return retryAt(now);
        }
        break;
      }
      case 'auth_revoked':
        await this.needsReconnect.execute(
          row.socialAccountId,
          `the platform revoked the token: ${e.message}`,
        );
        return this.park(held, e.message);
      case 'permission':
      case 'validation':
      case 'not_found':
      case 'duplicate':
        return this.fail(held, e);
      case 'transient':
      case 'unknown_outcome':
        break;
    }
    if (row.attemptCount + 1 >= MAX_PUBLISH_ATTEMPTS) return this.fail(held, e);
    return retryAt(
      new Date(now.getTime() + backoffMs(row.attemptCount + 1)),
      e.discardPrepared ? null : undefined,
    );
  }

  /** The post waits RETRY_WAIT until `until`; `prepared: null` drops what prepare made. */
  async retryLater(
    { row, me, from }: HeldPost,
    until: Date,
    errorClass: string,
    message: string,
    prepared?: PreparedPost | null,
  ): Promise<Advance> {
    const updated = await this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [from],
      leaseOwner: me,
      set: {
        state: PostState.RetryWait,
        nextAttemptAt: until,
        leaseOwner: null,
        leaseUntil: null,
        lastErrorClass: errorClass,
        lastErrorMessage: message.slice(0, 1000),
        ...(prepared === null ? { prepared: null, containerId: null } : {}),
      },
      incrementAttempts: from !== PostState.Sending, // a send already counted its attempt
    });
    if (!updated) return AGAIN;
    this.metrics.outcome(row.platform, 'retry');
    return { outcome: 'delay', until };
  }

  /** The account cannot publish until someone reconnects it: the post waits (and is notified once
   * for the account), checked again every few minutes until it is reconnected or too late. */
  park(held: HeldPost, reason: string): Promise<Advance> {
    const until = new Date(this.clock.now().getTime() + PARKED_RECHECK_MS);
    return this.retryLater(held, until, 'account_needs_reconnect', reason);
  }

  private async fail({ row, me, from }: HeldPost, e: ConnectorError): Promise<Advance> {
    await this.settle.execute({
      row,
      from: [from],
      to: PostState.Failed,
      reason: e.kind,
      message: e.message,
      kind: 'post_failed',
      leaseOwner: me,
    });
    return DONE;
  }
}
