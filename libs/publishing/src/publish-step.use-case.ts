import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MarkAccountNeedsReconnect, RefreshAccountToken } from '@warta/accounts';
import { AuditTrail } from '@warta/audit';
import { APP_CONFIG, AppConfig } from '@warta/config';
import {
  ConnectorCredentials,
  ConnectorError,
  ConnectorRegistry,
  PreparedPost,
  SendResult,
  SocialConnector,
} from '@warta/connectors';
import { DomainError } from '@warta/core';
import { MediaUrlSigner } from '@warta/media';
import { NotificationKind, Notifier } from '@warta/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { buildPublishRequest, followUpsOf } from './build-publish-request';
import { EngineClock } from './engine-clock';
import { PostState } from './post-state';
import { sameText } from './post-text-match';
import { transition } from './post-transitions';
import { PublishingMetrics } from './publishing-metrics';
import { PublishingPostsRepository, PublishRow } from './publishing-posts.repository';
import { PublishWriteBatches } from './publish-write-batches';
import { SendingAccounts } from './sending-accounts';
import { afterReset, backoffMs, MAX_PUBLISH_ATTEMPTS, MAX_RECONCILE_TRIES } from './retry-policy';

/**
 * What the job does next: nothing (the post is settled, or the job is stale), or run again later:
 * at `until` on the database's clock, which is `delayMs` from now wherever the job runs (a worker
 * whose own clock is off delays by `delayMs`, never to `until` read on its clock).
 */
export type StepResult = { outcome: 'done' } | { outcome: 'delay'; until: Date; delayMs?: number };

const S = PostState;
const DONE: StepResult = { outcome: 'done' };
const AGAIN = 'again' as const;
type Advance = StepResult | typeof AGAIN;
/** Before the send: states the job may pick up once due. */
const WAITING = [S.Scheduled, S.Queued, S.RetryWait];
/** How long an account whose token was revoked waits before we look again (it may be reconnected). */
const PARKED_RECHECK_MS = 5 * 60_000;
/**
 * How long after a send's own timeout its absence is trusted: a server may still be working on a
 * request the client gave up on (a slow platform, or a hang), and sending again before it finishes
 * would publish twice.
 */
const RECONCILE_SETTLE_MS = 15_000;

/**
 * Drives one version of one post a step further: claim (lease) -> prepare -> send (between the two
 * commit points) -> follow-ups, or reconcile an unknown outcome. Every write is a compare-and-set on
 * (id, version, state[, lease owner]) so a stale job, a second worker, a person's edit or cancel and
 * the reconciler can never both win. It never waits inside a job: anything that must happen later
 * comes back as `delay`.
 */
@Injectable()
export class PublishStep {
  private readonly logger = new Logger('publishing');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    /** The database's time (see EngineClock): every wait and "too late" here is judged on it. */
    private readonly clock: EngineClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly posts: PublishingPostsRepository,
    private readonly accounts: SendingAccounts,
    private readonly refreshToken: RefreshAccountToken,
    private readonly needsReconnect: MarkAccountNeedsReconnect,
    private readonly registry: ConnectorRegistry,
    private readonly signer: MediaUrlSigner,
    private readonly audit: AuditTrail,
    private readonly notifier: Notifier,
    private readonly metrics: PublishingMetrics,
    private readonly batches: PublishWriteBatches,
  ) {}

  async execute(postId: string, version: number, workerId: string): Promise<StepResult> {
    for (let i = 0; i < 10; i++) {
      const row = await this.batches.find(postId);
      if (!row || row.version !== version) return DONE; // stale: a person changed the post since
      // The row was read with the database's time: a job BullMQ promoted early (on a worker whose
      // clock runs ahead) finds its post not due on it and waits the rest of the time.
      const r = await this.advance(row, workerId, this.nowOf(row));
      if (r !== AGAIN) return r.outcome === 'delay' ? { ...r, delayMs: this.clock.msUntil(r.until) } : r;
    }
    return { outcome: 'delay', until: new Date(this.clock.now().getTime() + 1_000), delayMs: 1_000 };
  }

  private async advance(row: PublishRow, me: string, now: Date): Promise<Advance> {
    switch (row.state) {
      case S.Draft:
      case S.Cancelled:
      case S.Failed:
      case S.NeedsReview:
        return DONE;
      case S.Published:
        return this.followUps(row, me);
      case S.Scheduled:
      case S.Queued:
      case S.RetryWait: {
        // Media posts are prepared ahead of their minute (uploads, Instagram containers are not
        // public until sent), so the send itself can start on time.
        const start = startAt(row, this.config.publishing.prepareLeadMs);
        if (start.getTime() > now.getTime()) return { outcome: 'delay', until: start };
        if (this.isTooLate(row, now)) {
          await this.settle(row, WAITING, S.NeedsReview, 'too_late', lateMessage(row.publishAt, now), {
            kind: 'post_needs_review',
          });
          return DONE;
        }
        if (!preparesAhead(row.platform, row.content)) {
          const direct = await this.sendWithoutPreparing(row, me);
          if (direct) return direct;
        }
        const claimed = await this.lease(row, WAITING, S.Preparing, me, start);
        return claimed ? this.prepareAndSend(claimed, me) : AGAIN;
      }
      case S.Unknown: {
        const claimed = await this.lease(row, [S.Unknown], S.Reconciling, me, null);
        return claimed ? this.reconcile(claimed, me) : AGAIN;
      }
      case S.Ready: {
        if (row.leaseUntil && row.leaseUntil.getTime() > now.getTime()) {
          return { outcome: 'delay', until: new Date(row.leaseUntil.getTime() + 50) };
        }
        // Prepared (ahead of time, or proven absent after an unknown send): waits for its minute,
        // then is sent by whoever holds it next. Without a prepared post there is nothing to send.
        if (!row.prepared) break;
        const due = dueAt(row);
        if (due.getTime() > now.getTime()) return { outcome: 'delay', until: due };
        if (this.isTooLate(row, now)) {
          await this.settle(row, [S.Ready], S.NeedsReview, 'too_late', lateMessage(row.publishAt, now), {
            kind: 'post_needs_review',
          });
          return DONE;
        }
        // Credentials at hand: the lease is taken in commit point 1 itself. Without them, claim
        // first, so parking the post (or a refresh) happens under the lease.
        const atHand = await this.credentialsFor(row.socialAccountId).catch(() => null);
        if (atHand) {
          return this.send(row, me, this.registry.connector(row.platform), atHand, row.prepared, true);
        }
        const claimed = await this.lease(row, [S.Ready], S.Ready, me, due);
        if (!claimed) return AGAIN;
        const creds = await this.credentialsOrPark(claimed, me, S.Ready);
        if (!creds) return DONE;
        return this.send(claimed, me, this.registry.connector(row.platform), creds, row.prepared);
      }
    }
    return this.leaseExpired(row, now);
  }

  /** Preparing, Sending, Reconciling (or Ready with nothing prepared): wait for the holder, or take
   * over from one that died (or hung past its lease): before the send the work is redone; during
   * it, the outcome is unknown and is reconciled, never re-sent blindly. */
  private async leaseExpired(row: PublishRow, now: Date): Promise<Advance> {
    if (row.leaseUntil && row.leaseUntil.getTime() > now.getTime()) {
      return { outcome: 'delay', until: new Date(row.leaseUntil.getTime() + 50) };
    }
    const next = transition(row.state, { type: 'lease_expired' }).state;
    await this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [row.state],
      leaseOwner: row.leaseOwner,
      leaseExpired: true, // on the database's clock, whatever ours said
      set: { state: next, leaseOwner: null, leaseUntil: null },
    });
    return AGAIN;
  }

  // ---- prepare and send ---------------------------------------------------------------------

  private async prepareAndSend(row: PublishRow, me: string): Promise<Advance> {
    const connector = this.registry.connector(row.platform);
    const creds = await this.credentialsOrPark(row, me);
    if (!creds) return DONE;
    const request = buildPublishRequest(row.content, this.signer);
    const problems = connector.validate(request);
    if (problems.length) {
      await this.settle(
        row,
        [S.Preparing],
        S.Failed,
        'validation',
        problems.map((p) => p.message).join(' '),
        {
          kind: 'post_failed',
          leaseOwner: me,
        },
      );
      return DONE;
    }
    let prepared: PreparedPost;
    try {
      const res = await connector.prepare(creds, request, row.prepared);
      if (res.status === 'not_ready') {
        const until = new Date(this.clock.now().getTime() + res.checkAfterSeconds * 1000);
        await this.posts.guardedUpdate({
          id: row.id,
          version: row.version,
          from: [S.Preparing],
          leaseOwner: me,
          set: {
            state: transition(S.Preparing, { type: 'prepare_not_ready' }).state,
            prepared: res.prepared,
            containerId: res.prepared.containerId,
            nextAttemptAt: until,
            leaseOwner: null,
            leaseUntil: null,
          },
        });
        return { outcome: 'delay', until };
      }
      prepared = res.prepared;
    } catch (e) {
      return this.onFailureBeforeSend(row, me, S.Preparing, e);
    }
    const due = dueAt(row);
    if (due.getTime() > this.nowOf(row).getTime()) {
      // Ready ahead of time: keep what prepare made and let go of the lease until the minute.
      const ready = await this.posts.guardedUpdate({
        id: row.id,
        version: row.version,
        from: [S.Preparing],
        leaseOwner: me,
        set: {
          state: transition(S.Preparing, { type: 'prepared' }).state,
          prepared,
          containerId: prepared.containerId,
          nextAttemptAt: null,
          leaseOwner: null,
          leaseUntil: null,
        },
      });
      return ready ? { outcome: 'delay', until: due } : AGAIN;
    }
    return this.send(row, me, connector, creds, prepared);
  }

  /**
   * A post with nothing to prepare (text only): what prepare makes follows from the row alone, so
   * the claim and commit point 1 are one commit. Anything unusual (no credentials, a validation
   * problem, a prepare that is not ready at once) answers null, and the post takes the ordinary
   * path, which claims it first and handles each of those under its lease.
   */
  private async sendWithoutPreparing(row: PublishRow, me: string): Promise<Advance | null> {
    const connector = this.registry.connector(row.platform);
    let creds: ConnectorCredentials;
    let prepared: PreparedPost;
    try {
      creds = await this.credentialsFor(row.socialAccountId);
      const request = buildPublishRequest(row.content, this.signer);
      if (request.media.length || connector.validate(request).length) return null;
      const res = await connector.prepare(creds, request, row.prepared);
      if (res.status !== 'ready') return null;
      prepared = res.prepared;
    } catch {
      return null;
    }
    return this.send(row, me, connector, creds, prepared, true);
  }

  private async send(
    row: PublishRow,
    me: string,
    connector: SocialConnector,
    creds: ConnectorCredentials,
    prepared: PreparedPost,
    claim = false,
  ): Promise<Advance> {
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
      leaseMs: this.leaseMs,
      attemptId,
      workerId: me,
    });
    if (!sending) return AGAIN;
    // No zombie sends: right before the request, the lease must outlast the request's own timeout,
    // or another worker may take the post over while it is in flight (and, finding nothing on the
    // platform, send it again). A worker paused here (GC, SIGSTOP, a frozen VM) gives the send up:
    // nothing left, so nothing is lost, and the post is sent again under a fresh lease.
    const leaseLeftMs = this.leaseMs - (performance.now() - asked);
    if (leaseLeftMs <= this.config.publishing.connectorTimeoutMs) {
      return this.abandonSend(sending, me, attemptId, leaseLeftMs);
    }
    const now = this.clock.now();
    this.metrics.sendStarted(row.platform, now.getTime() - (row.publishAt ?? now).getTime());
    let result: SendResult;
    try {
      result = await connector.send(creds, prepared);
    } catch (e) {
      return this.onSendError(sending, me, attemptId, e);
    }
    const published = await this.commitPublished(sending, attemptId, result, 'sent');
    return published ? this.followUps(published, me) : DONE;
  }

  private async abandonSend(
    row: PublishRow,
    me: string,
    attemptId: string,
    leftMs: number,
  ): Promise<Advance> {
    const reason = `the lease had ${Math.max(0, Math.round(leftMs))} ms left before the request, less than the connector timeout (${this.config.publishing.connectorTimeoutMs} ms): not sent`;
    const back = await this.dataSource.transaction((m) =>
      this.posts.abandonSend(m, { id: row.id, version: row.version, owner: me, attemptId, reason }),
    );
    this.logger.warn({ postId: row.id, leftMs: Math.round(leftMs), back }, 'send abandoned: lease too short');
    this.metrics.outcome(row.platform, 'abandoned');
    return AGAIN;
  }

  /** Commit point 2: the platform id and PUBLISHED, stored the moment the platform answered. */
  private async commitPublished(
    row: PublishRow,
    attemptId: string,
    result: SendResult,
    outcome: 'sent' | 'found',
  ): Promise<PublishRow | null> {
    const permalink = result.permalink ?? (await this.permalinkFor(row, result.platformPostId));
    // The platform has the post: keep trying to record it through a database blip rather than
    // leave it to reconciliation (which would find it too, but later).
    for (let attempt = 0; ; attempt++) {
      try {
        const publishedAt = result.publishedAt ?? this.clock.now();
        const moved = await this.batches.recordPublished(
          {
            id: row.id,
            version: row.version,
            attemptId,
            platformPostId: result.platformPostId,
            permalink,
            publishedAt,
            outcome,
          },
          {
            organizationId: row.organizationId,
            actorId: null,
            action: 'post.published',
            subjectType: 'post',
            subjectId: row.id,
            reason: outcome === 'found' ? 'reconciled: found on the platform' : null,
            data: {
              version: row.version,
              platform: row.platform,
              platformPostId: result.platformPostId,
              permalink,
              publishAt: row.publishAt?.toISOString() ?? null,
            },
          },
        );
        if (!moved) return null;
        this.metrics.outcome(row.platform, 'published');
        return {
          ...row,
          state: S.Published,
          platformPostId: result.platformPostId,
          permalink,
          publishedAt,
          leaseOwner: null,
          leaseUntil: null,
          nextAttemptAt: null,
          lastErrorClass: null,
          lastErrorMessage: null,
        };
      } catch (e) {
        if (attempt >= 6) throw e;
        this.logger.warn(
          { postId: row.id, err: (e as Error).message },
          'recording a publish failed; retrying',
        );
        await sleep(500 * 2 ** attempt);
      }
    }
  }

  private async onSendError(row: PublishRow, me: string, attemptId: string, e: unknown): Promise<Advance> {
    if (!(e instanceof ConnectorError) || !e.provesNothingSent) {
      // Ambiguous: the post may be live. Reconcile by reading the platform; never resend blindly.
      const reason = e instanceof ConnectorError ? e.kind : 'unexpected';
      await this.dataSource.transaction(async (m) => {
        await this.posts.finishAttempt(m, attemptId, 'unknown', {
          errorClass: reason,
          errorMessage: errorText(e),
        });
        await this.posts.guardedUpdate(
          {
            id: row.id,
            version: row.version,
            from: [S.Sending],
            leaseOwner: me,
            set: {
              state: transition(S.Sending, { type: 'send_outcome_unknown' }).state,
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
    await this.posts.finishAttempt(this.dataSource.manager, attemptId, 'rejected', {
      errorClass: e.kind,
      errorMessage: e.message,
    });
    return this.onFailureBeforeSend(row, me, S.Sending, e);
  }

  /**
   * A failure that proves nothing was published (prepare, or a send the platform refused): wait for
   * the platform, retry with backoff, refresh an expired token once, park on a revoked one, or fail
   * for good with the platform's reason.
   */
  private async onFailureBeforeSend(
    row: PublishRow,
    me: string,
    from: PostState,
    e: unknown,
  ): Promise<Advance> {
    if (!(e instanceof ConnectorError)) throw e; // our own fault (database...): the job is retried
    if (e.kind === 'auth_expired' || e.kind === 'auth_revoked' || e.kind === 'permission') {
      this.forgetCredentials(row.socialAccountId);
    }
    const now = this.clock.now();
    const retryAt = (until: Date, extra: { prepared?: PreparedPost | null } = {}) =>
      this.retryLater(row, me, from, until, e.kind, e.message, extra);
    switch (e.kind) {
      case 'rate_limited':
      case 'quota':
        return retryAt(afterReset(e.resetAt ?? new Date(now.getTime() + 60_000), now));
      case 'not_ready':
        return retryAt(new Date(now.getTime() + (e.checkAfterSeconds ?? 5) * 1000), {
          prepared: e.discardPrepared ? null : undefined,
        });
      case 'auth_expired': {
        // Refresh once and retry at once; a second expiry in a row waits like any transient error.
        if (row.lastErrorClass !== 'auth_expired') {
          const r = await this.refreshToken.execute(row.socialAccountId, { force: true }).catch(() => null);
          if (r?.status === 'needs_reconnect') return this.park(row, me, from, r.reason);
          return retryAt(now);
        }
        break;
      }
      case 'auth_revoked':
        await this.needsReconnect.execute(
          row.socialAccountId,
          `the platform revoked the token: ${e.message}`,
        );
        return this.park(row, me, from, e.message);
      case 'permission':
      case 'validation':
      case 'not_found':
      case 'duplicate':
        await this.settle(row, [from], S.Failed, e.kind, e.message, { kind: 'post_failed', leaseOwner: me });
        return DONE;
      case 'transient':
      case 'unknown_outcome':
        break;
    }
    if (row.attemptCount + 1 >= MAX_PUBLISH_ATTEMPTS) {
      await this.settle(row, [from], S.Failed, e.kind, e.message, { kind: 'post_failed', leaseOwner: me });
      return DONE;
    }
    return retryAt(new Date(now.getTime() + backoffMs(row.attemptCount + 1)), {
      prepared: e.discardPrepared ? null : undefined,
    });
  }

  private async retryLater(
    row: PublishRow,
    me: string,
    from: PostState,
    until: Date,
    errorClass: string,
    message: string,
    extra: { prepared?: PreparedPost | null } = {},
  ): Promise<Advance> {
    const updated = await this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [from],
      leaseOwner: me,
      set: {
        state: S.RetryWait,
        nextAttemptAt: until,
        leaseOwner: null,
        leaseUntil: null,
        lastErrorClass: errorClass,
        lastErrorMessage: message.slice(0, 1000),
        ...(extra.prepared === null ? { prepared: null, containerId: null } : {}),
      },
      incrementAttempts: from !== S.Sending, // a send already counted its attempt
    });
    if (!updated) return AGAIN;
    this.metrics.outcome(row.platform, 'retry');
    return { outcome: 'delay', until };
  }

  /** The account cannot publish until someone reconnects it: the post waits (and is notified once
   * for the account), checked again every few minutes until it is reconnected or too late. */
  private park(row: PublishRow, me: string, from: PostState, reason: string): Promise<Advance> {
    const until = new Date(this.clock.now().getTime() + PARKED_RECHECK_MS);
    return this.retryLater(row, me, from, until, 'account_needs_reconnect', reason);
  }

  private async credentialsOrPark(
    row: PublishRow,
    me: string,
    from: PostState = S.Preparing,
  ): Promise<ConnectorCredentials | null> {
    try {
      return await this.credentialsFor(row.socialAccountId);
    } catch (e) {
      if (
        e instanceof DomainError &&
        (e.code === 'ACCOUNT_NEEDS_RECONNECT' || e.code === 'ACCOUNT_DISCONNECTED')
      ) {
        await this.park(
          row,
          me,
          from,
          e.code === 'ACCOUNT_DISCONNECTED' ? 'account disconnected' : 'account needs reconnect',
        );
        return null;
      }
      if (e instanceof ConnectorError) {
        await this.onFailureBeforeSend(row, me, from, e);
        return null;
      }
      throw e;
    }
  }

  // ---- reconcile ------------------------------------------------------------------------------

  /**
   * Reads the account's recent posts (or the IG container) to learn whether an ambiguous send went
   * out: one match -> PUBLISHED; none -> safe to send again; several, or unreadable -> a person.
   */
  private async reconcile(row: PublishRow, me: string): Promise<Advance> {
    const attempts = await this.posts.attempts(row.id);
    const attempt = attempts.find((a) => a.id === row.currentAttemptId);
    // The database's time when this row was claimed (plus time since): never ahead of it, so absence
    // is never trusted early.
    const now = this.nowOf(row);
    // A request the platform is still working on may yet land after our timeout: a post found is
    // found at any time, but absence only counts once the send is surely over.
    const settledAfter = attempt
      ? attempt.startedAt.getTime() + this.config.publishing.connectorTimeoutMs + RECONCILE_SETTLE_MS
      : 0;
    const settled = now.getTime() >= settledAfter;
    const notYet = async (): Promise<Advance> => {
      const until = new Date(settledAfter);
      await this.posts.guardedUpdate({
        id: row.id,
        version: row.version,
        from: [S.Reconciling],
        leaseOwner: me,
        set: { state: S.Unknown, leaseOwner: null, leaseUntil: null, nextAttemptAt: until },
      });
      return { outcome: 'delay', until };
    };
    const connector = this.registry.connector(row.platform);
    const prepared = row.prepared;
    if (!prepared || !attempt) {
      await this.settle(
        row,
        [S.Reconciling],
        S.NeedsReview,
        'no_send_record',
        'The send has no record to reconcile.',
        {
          kind: 'post_needs_review',
          leaseOwner: me,
        },
      );
      return DONE;
    }
    let found: { id: string; permalink: string | null; createdAt: Date }[];
    let containerStatus: string | null = null;
    try {
      const creds = await this.credentialsFor(row.socialAccountId);
      const res = await connector.findRecentPosts(creds, {
        since: new Date(attempt.startedAt.getTime() - 5 * 60_000),
        containerId: prepared.containerId,
      });
      containerStatus = res.containerStatus;
      found = res.posts.filter((p) => sameText(prepared.text, p.text));
    } catch (e) {
      return this.reconcileUnreadable(row, me, attempt.id, e);
    }
    if (row.platform === 'instagram' && containerStatus && containerStatus !== 'PUBLISHED') {
      // The container was never published: proven absent. An expired/failed container is made again.
      if (!settled) return notYet();
      const usable = containerStatus === 'FINISHED';
      return this.reconciledAbsent(row, me, attempt.id, usable ? prepared : null);
    }
    if (found.length === 1) {
      await this.dataSource.transaction((m) =>
        m.query(`UPDATE posts SET reconcile_tries = 0 WHERE id = $1`, [row.id]),
      );
      const published = await this.commitPublished(
        row,
        attempt.id,
        { platformPostId: found[0].id, permalink: found[0].permalink, publishedAt: found[0].createdAt },
        'found',
      );
      return published ? this.followUps(published, me) : DONE;
    }
    if (found.length === 0 && !settled) return notYet();
    if (found.length === 0 && !(row.platform === 'instagram' && containerStatus === 'PUBLISHED')) {
      return this.reconciledAbsent(row, me, attempt.id, prepared);
    }
    await this.dataSource.transaction((m) => this.posts.finishAttempt(m, attempt.id, 'unknown'));
    await this.settle(
      row,
      [S.Reconciling],
      S.NeedsReview,
      'ambiguous_match',
      found.length
        ? `${found.length} posts with this text were found on the account; which one is ours cannot be told.`
        : 'The platform says the post was published but it cannot be found on the account.',
      { kind: 'post_needs_review', leaseOwner: me, params: { matches: found.length } },
    );
    return DONE;
  }

  private async reconciledAbsent(
    row: PublishRow,
    me: string,
    attemptId: string,
    prepared: PreparedPost | null,
  ): Promise<Advance> {
    const ready = await this.dataSource.transaction(async (m) => {
      await this.posts.finishAttempt(m, attemptId, 'absent');
      return this.posts.guardedUpdate(
        {
          id: row.id,
          version: row.version,
          from: [S.Reconciling],
          leaseOwner: me,
          set: prepared
            ? { state: transition(S.Reconciling, { type: 'reconciled_absent' }).state, reconcileTries: 0 }
            : // Nothing usable to send again: prepare from scratch (still this version, still leased).
              { state: S.Preparing, prepared: null, containerId: null, reconcileTries: 0 },
        },
        m,
      );
    });
    if (!ready) return AGAIN;
    if (!prepared) return this.prepareAndSend(ready, me);
    const creds = await this.credentialsOrPark(ready, me, S.Ready);
    if (!creds) return DONE;
    return this.send(ready, me, this.registry.connector(row.platform), creds, prepared);
  }

  private async reconcileUnreadable(
    row: PublishRow,
    me: string,
    attemptId: string,
    e: unknown,
  ): Promise<Advance> {
    const tries = row.reconcileTries + 1;
    if (tries >= MAX_RECONCILE_TRIES) {
      await this.dataSource.transaction((m) => this.posts.finishAttempt(m, attemptId, 'unknown'));
      await this.settle(row, [S.Reconciling], S.NeedsReview, 'unreadable', errorText(e), {
        kind: 'post_needs_review',
        leaseOwner: me,
      });
      return DONE;
    }
    const until =
      e instanceof ConnectorError && e.resetAt
        ? afterReset(e.resetAt, this.clock.now())
        : new Date(this.clock.now().getTime() + backoffMs(tries));
    await this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [S.Reconciling],
      leaseOwner: me,
      set: {
        state: S.Unknown,
        leaseOwner: null,
        leaseUntil: null,
        nextAttemptAt: until,
        reconcileTries: tries,
        lastErrorClass: 'reconcile_unreadable',
        lastErrorMessage: errorText(e),
      },
    });
    return { outcome: 'delay', until };
  }

  // ---- follow-ups -----------------------------------------------------------------------------

  /**
   * Thread parts and first comments, each its own send with its own attempt row. The partial unique
   * index on publish_attempts means a part whose outcome is pending, sent or unknown is never sent
   * again; a part the platform refused is retried a few times, then reported.
   */
  private async followUps(row: PublishRow, me: string): Promise<Advance> {
    const plan = followUpsOf(row.platform, row.content);
    if (!plan.length || !row.platformPostId || row.lastErrorClass === 'follow_up_failed') return DONE;
    const attempts = await this.posts.attempts(row.id);
    const connector = this.registry.connector(row.platform);
    let parentId = row.platformPostId;
    let creds: ConnectorCredentials | null = null;
    const childIds = [...row.childIds];
    for (const part of plan) {
      const mine = attempts.filter((a) => a.kind === part.kind && a.partIndex === part.partIndex);
      const sent = mine.find((a) => a.outcome === 'sent');
      if (sent?.platformId) {
        parentId = sent.platformId;
        continue;
      }
      if (mine.some((a) => a.outcome === 'pending' || a.outcome === 'unknown')) {
        return this.followUpFailed(row, part.kind, 'its outcome is unknown; check the post on the platform');
      }
      if (mine.filter((a) => a.outcome === 'rejected').length >= 3) {
        return this.followUpFailed(row, part.kind, mine[mine.length - 1].errorMessage ?? 'refused');
      }
      const attemptId = await this.posts.insertAttempt(this.dataSource.manager, {
        postId: row.id,
        postVersion: row.version,
        kind: part.kind,
        partIndex: part.partIndex,
        workerId: me,
      });
      if (!attemptId) return DONE; // another worker is sending this part right now
      try {
        creds ??= await this.credentialsFor(row.socialAccountId);
        const res = await connector.sendFollowUp(creds, {
          kind: part.kind,
          parentId: part.kind === 'thread_part' ? parentId : row.platformPostId,
          text: part.text,
        });
        childIds.push(res.id);
        await this.dataSource.transaction(async (m) => {
          await this.posts.finishAttempt(m, attemptId, 'sent', { platformId: res.id });
          await m.query(`UPDATE posts SET child_ids = $2, updated_at = now() WHERE id = $1`, [
            row.id,
            childIds,
          ]);
        });
        parentId = res.id;
      } catch (e) {
        const nothingSent = e instanceof ConnectorError ? e.provesNothingSent : e instanceof DomainError;
        await this.posts.finishAttempt(
          this.dataSource.manager,
          attemptId,
          nothingSent ? 'rejected' : 'unknown',
          {
            errorClass: e instanceof ConnectorError ? e.kind : 'unexpected',
            errorMessage: errorText(e),
          },
        );
        if (!nothingSent) return this.followUpFailed(row, part.kind, errorText(e));
        const until =
          e instanceof ConnectorError && e.resetAt
            ? afterReset(e.resetAt, this.clock.now())
            : new Date(this.clock.now().getTime() + backoffMs(mine.length + 1));
        return { outcome: 'delay', until };
      }
    }
    return DONE;
  }

  private async followUpFailed(row: PublishRow, kind: string, message: string): Promise<Advance> {
    await this.dataSource.transaction(async (m) => {
      const [rows]: [unknown[], number] = await m.query(
        `UPDATE posts SET last_error_class = 'follow_up_failed', last_error_message = $2, updated_at = now()
          WHERE id = $1 AND state = 'published' AND last_error_class IS DISTINCT FROM 'follow_up_failed' RETURNING id`,
        [row.id, `${kind}: ${message}`.slice(0, 1000)],
      );
      if (!rows.length) return;
      await this.notifier.notify(m, {
        organizationId: row.organizationId,
        kind: 'post_failed',
        postId: row.id,
        socialAccountId: row.socialAccountId,
        reason: 'follow_up_failed',
        params: {
          platform: row.platform,
          part: kind,
          error: message.slice(0, 300),
          permalink: row.permalink,
        },
      });
    });
    return DONE;
  }

  // ---- shared ---------------------------------------------------------------------------------

  /** Ends a post in FAILED or NEEDS_REVIEW with a reason a person can act on: audited and notified. */
  private async settle(
    row: PublishRow,
    from: PostState[],
    to: PostState.Failed | PostState.NeedsReview,
    reason: string,
    message: string,
    opts: { kind: NotificationKind; leaseOwner?: string; params?: Record<string, string | number | null> },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (m: EntityManager) => {
      const updated = await this.posts.guardedUpdate(
        {
          id: row.id,
          version: row.version,
          from,
          ...(opts.leaseOwner !== undefined ? { leaseOwner: opts.leaseOwner } : {}),
          set: {
            state: to,
            leaseOwner: null,
            leaseUntil: null,
            nextAttemptAt: null,
            lastErrorClass: reason,
            lastErrorMessage: message.slice(0, 1000),
          },
        },
        m,
      );
      if (!updated) return false;
      await this.audit.append(m, {
        organizationId: row.organizationId,
        actorId: null,
        action: to === S.Failed ? 'post.failed' : 'post.needs_review',
        subjectType: 'post',
        subjectId: row.id,
        reason: `${reason}: ${message}`.slice(0, 1000),
        data: { version: row.version, platform: row.platform, from: row.state },
      });
      await this.notifier.notify(m, {
        organizationId: row.organizationId,
        kind: opts.kind,
        postId: row.id,
        socialAccountId: row.socialAccountId,
        reason,
        params: { platform: row.platform, error: message.slice(0, 300), ...(opts.params ?? {}) },
      });
      this.metrics.outcome(row.platform, to === S.Failed ? 'failed' : 'needs_review');
      return true;
    });
  }

  private isTooLate(row: PublishRow, now: Date): boolean {
    if (!row.publishAt) return false;
    const minutes = row.lateToleranceMinutes ?? this.config.publishing.defaultLateToleranceMinutes;
    return now.getTime() - row.publishAt.getTime() > minutes * 60_000;
  }

  /** Sends answer with an id only. X's and Facebook's public URLs follow from it; Instagram's
   * shortcode has to be read back, which ResolvePermalinks does after the commit (null here). */
  private async permalinkFor(row: PublishRow, platformPostId: string): Promise<string | null> {
    if (row.platform === 'x') {
      // The handle came with the credentials the send used; should the account be gone since, X's
      // handle-free form of the same URL.
      const handle = await this.accounts.get(row.socialAccountId).then(
        (a) => a.handle.replace(/^@/, ''),
        () => null,
      );
      return handle
        ? `https://x.com/${handle}/status/${platformPostId}`
        : `https://x.com/i/web/status/${platformPostId}`;
    }
    if (row.platform === 'facebook') {
      const [pageId, postId] = platformPostId.split('_');
      return postId
        ? `https://www.facebook.com/${pageId}/posts/${postId}`
        : `https://www.facebook.com/${pageId}`;
    }
    return null;
  }

  private async credentialsFor(accountId: string): Promise<ConnectorCredentials> {
    return (await this.accounts.get(accountId)).credentials;
  }

  private forgetCredentials(accountId: string): void {
    this.accounts.forget(accountId);
  }

  /**
   * Takes the lease on the row's version in one of `from`, moving it to `to`, once Postgres' clock
   * has passed `notBefore`; null if it moved on (or is not due there yet).
   */
  private lease(row: PublishRow, from: PostState[], to: PostState, me: string, notBefore: Date | null) {
    return this.batches.claim({
      id: row.id,
      version: row.version,
      from,
      to,
      owner: me,
      notBefore,
      leaseMs: this.leaseMs,
    });
  }

  /** "Now" for a decision about `row`: the database's time it was read at, plus time elapsed since. */
  private nowOf(row: PublishRow): Date {
    return row.readAt
      ? new Date(row.readAt.getTime() + (performance.now() - row.readMono))
      : this.clock.now();
  }

  private get leaseMs(): number {
    return this.config.publishing.leaseMs;
  }
}

/** Whether prepare does real work ahead of the send (uploads, containers). */
export function preparesAhead(platform: string, content: { media?: unknown[] }): boolean {
  return platform === 'instagram' || (content.media?.length ?? 0) > 0;
}

/** When a waiting post's job should start: a retry's time, or its minute (less the lead for media). */
function startAt(row: PublishRow, leadMs: number): Date {
  if (row.nextAttemptAt) return row.nextAttemptAt;
  const at = row.publishAt?.getTime() ?? 0;
  return new Date(preparesAhead(row.platform, row.content) ? at - leadMs : at);
}

function dueAt(row: PublishRow): Date {
  const a = row.publishAt?.getTime() ?? 0;
  const b = row.nextAttemptAt?.getTime() ?? 0;
  return new Date(Math.max(a, b));
}

/** Why a post too late to be current was held back, for the person who reviews it. */
export function lateMessage(publishAt: Date | null, now: Date): string {
  const minutes = Math.round((now.getTime() - (publishAt ?? now).getTime()) / 60_000);
  return `Not sent: it would have gone out ${minutes} minutes after its time; check it is still current, then send it again or cancel.`;
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 1000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
