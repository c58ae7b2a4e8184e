import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { EngineClock } from './engine-clock';
import { PostState } from './post-state';
import { transition } from './post-transitions';
import type { PublishRow } from './publish-row';
import { PublishingPostsRepository } from './publishing-posts.repository';
import { PublishWriteBatches } from './publish-write-batches';
import { SendingAccounts } from './sending-accounts';
import { PreparePost } from './publish-step/prepare-post.use-case';
import { PublishFailures } from './publish-step/publish-failures.service';
import {
  Advance,
  AGAIN,
  DONE,
  dueAt,
  isTooLate,
  lateMessage,
  leaseHeld,
  nowOf,
  preparesAhead,
  startAt,
  StepResult,
  WAITING,
} from './publish-step/publish-rules';
import { ReconcileUnknownPost } from './publish-step/reconcile-unknown-post.use-case';
import { SendFollowUps } from './publish-step/send-follow-ups.use-case';
import { SendPost } from './publish-step/send-post.use-case';
import { SettlePost } from './publish-step/settle-post.service';

export type { StepResult } from './publish-step/publish-rules';

const S = PostState;

/**
 * Drives one version of one post a step further, by its state: claim (lease) -> prepare -> send
 * (between the two commit points) -> follow-ups, or reconcile an unknown outcome. Every write is a
 * compare-and-set on (id, version, state[, lease owner]) so a stale job, a second worker, a
 * person's edit or cancel and the reconciler can never both win. It never waits inside a job:
 * anything that must happen later comes back as `delay`. The steps themselves are use cases of
 * their own (libs/publishing/src/publish-step/); this is the router over the post's state.
 */
@Injectable()
export class PublishStep {
  constructor(
    /** The database's time (see EngineClock): every wait and "too late" here is judged on it. */
    private readonly clock: EngineClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly posts: PublishingPostsRepository,
    private readonly batches: PublishWriteBatches,
    private readonly accounts: SendingAccounts,
    private readonly failures: PublishFailures,
    private readonly settle: SettlePost,
    private readonly preparePost: PreparePost,
    private readonly sendPost: SendPost,
    private readonly reconcile: ReconcileUnknownPost,
    private readonly followUps: SendFollowUps,
  ) {}

  async execute(postId: string, version: number, workerId: string): Promise<StepResult> {
    for (let i = 0; i < 10; i++) {
      const row = await this.batches.find(postId);
      if (!row || row.version !== version) return DONE; // stale: a person changed the post since
      // The row was read with the database's time: a job BullMQ promoted early (on a worker whose
      // clock runs ahead) finds its post not due on it and waits the rest of the time.
      const r = await this.advance(
        row,
        workerId,
        nowOf(row, () => this.clock.now()),
      );
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
        return this.followUps.execute(row, me);
      case S.Scheduled:
      case S.Queued:
      case S.RetryWait:
        return this.fromWaiting(row, me, now);
      case S.Unknown: {
        const claimed = await this.lease(row, [S.Unknown], S.Reconciling, me, null);
        return claimed ? this.reconcile.execute(claimed, me) : AGAIN;
      }
      case S.Ready:
        // Without a prepared post there is nothing to send: as if its lease expired.
        if (row.prepared || leaseHeld(row, now)) return this.fromReady(row, me, now);
    }
    return this.leaseExpired(row, now);
  }

  private async fromWaiting(row: PublishRow, me: string, now: Date): Promise<Advance> {
    // Media posts are prepared ahead of their minute (uploads, Instagram containers are not
    // public until sent), so the send itself can start on time.
    const start = startAt(row, this.config.publishing.prepareLeadMs);
    if (start.getTime() > now.getTime()) return { outcome: 'delay', until: start };
    if (await this.heldBackTooLate(row, WAITING, now)) return DONE;
    if (!preparesAhead(row.platform, row.content)) {
      const direct = await this.preparePost.sendWithoutPreparing(row, me);
      if (direct) return direct;
    }
    const claimed = await this.lease(row, WAITING, S.Preparing, me, start);
    return claimed ? this.preparePost.execute(claimed, me) : AGAIN;
  }

  /** Prepared (ahead of time, or proven absent after an unknown send): waits for its minute, then
   * is sent by whoever holds it next. */
  private async fromReady(row: PublishRow, me: string, now: Date): Promise<Advance> {
    const held = leaseHeld(row, now);
    if (held) return held;
    const prepared = row.prepared!;
    const due = dueAt(row);
    if (due.getTime() > now.getTime()) return { outcome: 'delay', until: due };
    if (await this.heldBackTooLate(row, [S.Ready], now)) return DONE;
    // Credentials at hand: the lease is taken in commit point 1 itself. Without them, claim
    // first, so parking the post (or a refresh) happens under the lease.
    const atHand = await this.accounts.credentialsOf(row.socialAccountId).catch(() => null);
    if (atHand) return this.sendPost.execute({ row, me, creds: atHand, prepared, claim: true });
    const claimed = await this.lease(row, [S.Ready], S.Ready, me, due);
    if (!claimed) return AGAIN;
    const creds = await this.failures.credentialsOrPark({ row: claimed, me, from: S.Ready });
    if (!creds) return DONE;
    return this.sendPost.execute({ row: claimed, me, creds, prepared });
  }

  /** Too late to be current: NEEDS_REVIEW instead of a send. */
  private async heldBackTooLate(row: PublishRow, from: PostState[], now: Date): Promise<boolean> {
    if (!isTooLate(row, now, this.config.publishing.defaultLateToleranceMinutes)) return false;
    await this.settle.execute({
      row,
      from,
      to: S.NeedsReview,
      reason: 'too_late',
      message: lateMessage(row.publishAt, now),
      kind: 'post_needs_review',
    });
    return true;
  }

  /** Preparing, Sending, Reconciling (or Ready with nothing prepared): wait for the holder, or take
   * over from one that died (or hung past its lease): before the send the work is redone; during
   * it, the outcome is unknown and is reconciled, never re-sent blindly. */
  private async leaseExpired(row: PublishRow, now: Date): Promise<Advance> {
    const held = leaseHeld(row, now);
    if (held) return held;
    await this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [row.state],
      leaseOwner: row.leaseOwner,
      leaseExpired: true, // on the database's clock, whatever ours said
      set: {
        state: transition(row.state, { type: 'lease_expired' }).state,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    return AGAIN;
  }

  /**
   * Takes the lease on the row's version in one of `from`, moving it to `to`, once Postgres' clock
   * has passed `notBefore`; null if it moved on (or is not due there yet).
   */
  private lease(row: PublishRow, from: PostState[], to: PostState, me: string, notBefore: Date | null) {
    const leaseMs = this.config.publishing.leaseMs;
    return this.batches.claim({ id: row.id, version: row.version, from, to, owner: me, notBefore, leaseMs });
  }
}
