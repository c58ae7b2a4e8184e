import { Injectable } from '@nestjs/common';
import { ConnectorCredentials, ConnectorRegistry, PreparedPost } from '@warta/connectors';
import { MediaUrlSigner } from '@warta/media';
import { buildPublishRequest } from '../build-publish-request';
import { EngineClock } from '../engine-clock';
import { PostState } from '../post-state';
import { transition } from '../post-transitions';
import type { PublishRow } from '../publish-row';
import { PublishingPostsRepository } from '../publishing-posts.repository';
import { SendingAccounts } from '../sending-accounts';
import { PublishFailures } from './publish-failures.service';
import { Advance, AGAIN, DONE, dueAt, nowOf } from './publish-rules';
import { SendPost } from './send-post.use-case';
import { SettlePost } from './settle-post.service';

const S = PostState;

/**
 * Prepare (idempotent, retryable): validate, upload media / create containers, then send once due.
 * "Not ready yet" comes back as a delayed re-check; a post ready ahead of its minute lets go of its
 * lease and waits READY.
 */
@Injectable()
export class PreparePost {
  constructor(
    private readonly clock: EngineClock,
    private readonly posts: PublishingPostsRepository,
    private readonly accounts: SendingAccounts,
    private readonly registry: ConnectorRegistry,
    private readonly signer: MediaUrlSigner,
    private readonly failures: PublishFailures,
    private readonly settle: SettlePost,
    private readonly sendPost: SendPost,
  ) {}

  /** The post is PREPARING under `me`'s lease. */
  async execute(row: PublishRow, me: string): Promise<Advance> {
    const connector = this.registry.connector(row.platform);
    const creds = await this.failures.credentialsOrPark({ row, me, from: S.Preparing });
    if (!creds) return DONE;
    const request = buildPublishRequest(row.content, this.signer);
    const problems = connector.validate(request);
    if (problems.length) {
      await this.settle.execute({
        row,
        from: [S.Preparing],
        to: S.Failed,
        reason: 'validation',
        message: problems.map((p) => p.message).join(' '),
        kind: 'post_failed',
        leaseOwner: me,
      });
      return DONE;
    }
    let prepared: PreparedPost;
    try {
      const res = await connector.prepare(creds, request, row.prepared);
      if (res.status === 'not_ready') {
        const until = new Date(this.clock.now().getTime() + res.checkAfterSeconds * 1000);
        await this.release(row, me, 'prepare_not_ready', res.prepared, until);
        return { outcome: 'delay', until };
      }
      prepared = res.prepared;
    } catch (e) {
      return this.failures.beforeSend({ row, me, from: S.Preparing }, e);
    }
    const due = dueAt(row);
    if (due.getTime() > nowOf(row, () => this.clock.now()).getTime()) {
      // Ready ahead of time: keep what prepare made and let go of the lease until the minute.
      const ready = await this.release(row, me, 'prepared', prepared, null);
      return ready ? { outcome: 'delay', until: due } : AGAIN;
    }
    return this.sendPost.execute({ row, me, creds, prepared });
  }

  /**
   * A post with nothing to prepare (text only): what prepare makes follows from the row alone, so
   * the claim and commit point 1 are one commit. Anything unusual (no credentials, a validation
   * problem, a prepare that is not ready at once) answers null, and the post takes the ordinary
   * path, which claims it first and handles each of those under its lease.
   */
  async sendWithoutPreparing(row: PublishRow, me: string): Promise<Advance | null> {
    const connector = this.registry.connector(row.platform);
    let creds: ConnectorCredentials;
    let prepared: PreparedPost;
    try {
      creds = await this.accounts.credentialsOf(row.socialAccountId);
      const request = buildPublishRequest(row.content, this.signer);
      if (request.media.length || connector.validate(request).length) return null;
      const res = await connector.prepare(creds, request, row.prepared);
      if (res.status !== 'ready') return null;
      prepared = res.prepared;
    } catch {
      return null;
    }
    return this.sendPost.execute({ row, me, creds, prepared, claim: true });
  }

  /** Keeps what prepare made and lets go of the lease: READY until the minute, or QUEUED until `until`. */
  private release(
    row: PublishRow,
    me: string,
    event: 'prepared' | 'prepare_not_ready',
    prepared: PreparedPost,
    until: Date | null,
  ): Promise<PublishRow | null> {
    return this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [S.Preparing],
      leaseOwner: me,
      set: {
        state: transition(S.Preparing, { type: event }).state,
        prepared,
        containerId: prepared.containerId,
        nextAttemptAt: until,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
  }
}
