import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import {
  ConnectorCredentials,
  ConnectorError,
  ConnectorRegistry,
  PreparedPost,
  SendResult,
} from '@warta/connectors';
import { EngineClock } from '../engine-clock';
import { PostState } from '../post-state';
import { transition } from '../post-transitions';
import type { PublishRow } from '../publish-row';
import { PublishingMetrics } from '../publishing-metrics';
import { PublishingPostsRepository } from '../publishing-posts.repository';
import { PublishWriteBatches } from '../publish-write-batches';
import { PublishFailures } from './publish-failures.service';
import { Advance, AGAIN, DONE, errorText } from './publish-rules';
import { CommitPublished } from './commit-published.service';
import { SendFollowUps } from './send-follow-ups.use-case';

export interface SendInput {
  row: PublishRow;
  me: string;
  creds: ConnectorCredentials;
  prepared: PreparedPost;
  /**
   * False: the post is PREPARING or READY under `me`'s lease. True: it is free of leases, and the
   * lease is taken in commit point 1 itself.
   */
  claim?: boolean;
}

/**
 * The send, the single non-idempotent call, between its two commit points: SENDING and the attempt
 * row are committed before the request (no commit, no send), the platform's id with PUBLISHED the
 * moment it answers. An ambiguous failure goes to UNKNOWN, to be reconciled, never re-sent blindly.
 */
@Injectable()
export class SendPost {
  private readonly logger = new Logger('publishing');

  constructor(
    private readonly clock: EngineClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly posts: PublishingPostsRepository,
    private readonly batches: PublishWriteBatches,
    private readonly registry: ConnectorRegistry,
    private readonly failures: PublishFailures,
    private readonly commitPublished: CommitPublished,
    private readonly followUps: SendFollowUps,
    private readonly metrics: PublishingMetrics,
  ) {}

  async execute({ row, me, creds, prepared, claim = false }: SendInput): Promise<Advance> {
    const { leaseMs, connectorTimeoutMs } = this.config.publishing;
    const attemptId = randomUUID();
    // Taken before commit point 1 is even asked for: the lease it grants starts later than this, on
    // the database's clock, so `leaseMs - (elapsed since)` is never more than what is left of it.
    const asked = performance.now();
    // Commit point 1: SENDING under our lease plus the attempt row, committed before the HTTP call.
    // No commit, no send. Postgres grants it only if the post is due on its clock.
    const sending = await this.batches.beginSend({
      id: row.id,
      version: row.version,
      owner: me,
      claim,
      content: row.content,
      prepared,
      leaseMs,
      attemptId,
      workerId: me,
    });
    if (!sending) return AGAIN;
    // No zombie sends: right before the request, the lease must outlast the request's own timeout,
    // or another worker may take the post over while it is in flight (and, finding nothing on the
    // platform, send it again). A worker paused here (GC, SIGSTOP, a frozen VM) gives the send up:
    // nothing left, so nothing is lost, and the post is sent again under a fresh lease.
    const leaseLeftMs = leaseMs - (performance.now() - asked);
    if (leaseLeftMs <= connectorTimeoutMs) return this.abandon(sending, me, attemptId, leaseLeftMs);
    const now = this.clock.now();
    this.metrics.sendStarted(row.platform, now.getTime() - (row.publishAt ?? now).getTime());
    let result: SendResult;
    try {
      result = await this.registry.connector(row.platform).send(creds, prepared);
    } catch (e) {
      return this.onSendError(sending, me, attemptId, e);
    }
    const published = await this.commitPublished.execute(sending, attemptId, result, 'sent');
    return published ? this.followUps.execute(published, me) : DONE;
  }

  private async abandon(row: PublishRow, me: string, attemptId: string, leftMs: number): Promise<Advance> {
    const reason = `the lease had ${Math.max(0, Math.round(leftMs))} ms left before the request, less than the connector timeout (${this.config.publishing.connectorTimeoutMs} ms): not sent`;
    const back = await this.posts.transaction((m) =>
      this.posts.abandonSend(m, { id: row.id, version: row.version, owner: me, attemptId, reason }),
    );
    this.logger.warn({ postId: row.id, leftMs: Math.round(leftMs), back }, 'send abandoned: lease too short');
    this.metrics.outcome(row.platform, 'abandoned');
    return AGAIN;
  }

  private async onSendError(row: PublishRow, me: string, attemptId: string, e: unknown): Promise<Advance> {
    if (!(e instanceof ConnectorError) || !e.provesNothingSent)
      return this.outcomeUnknown(row, me, attemptId, e);
    await this.posts.finishAttempt(this.posts.manager, attemptId, 'rejected', {
      errorClass: e.kind,
      errorMessage: e.message,
    });
    return this.failures.beforeSend({ row, me, from: PostState.Sending }, e);
  }

  /** Ambiguous: the post may be live. Reconcile by reading the platform; never resend blindly. */
  private async outcomeUnknown(row: PublishRow, me: string, attemptId: string, e: unknown): Promise<Advance> {
    const reason = e instanceof ConnectorError ? e.kind : 'unexpected';
    await this.posts.transaction(async (m) => {
      await this.posts.finishAttempt(m, attemptId, 'unknown', {
        errorClass: reason,
        errorMessage: errorText(e),
      });
      await this.posts.guardedUpdate(
        {
          id: row.id,
          version: row.version,
          from: [PostState.Sending],
          leaseOwner: me,
          set: {
            state: transition(PostState.Sending, { type: 'send_outcome_unknown' }).state,
            leaseOwner: null,
            leaseUntil: null,
            lastErrorClass: reason,
            lastErrorMessage: errorText(e),
            // Give the platform a moment to show the post before reading it back.
            nextAttemptAt: new Date(this.clock.now().getTime() + 2_000),
          },
        },
        m,
      );
    });
    this.metrics.outcome(row.platform, 'unknown');
    return { outcome: 'delay', until: new Date(this.clock.now().getTime() + 2_000) };
  }
}
