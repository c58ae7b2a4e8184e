import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import {
  ConnectorError,
  ConnectorRegistry,
  ContainerFate,
  PreparedPost,
  RecentPost,
} from '@warta/connectors';
import { EngineClock } from '../engine-clock';
import { PostState } from '../post-state';
import { sameText } from '../post-text-match';
import { transition } from '../post-transitions';
import type { AttemptRow, PublishRow } from '../publish-row';
import { PublishingPostsRepository } from '../publishing-posts.repository';
import { afterReset, backoffMs, MAX_RECONCILE_TRIES } from '../retry-policy';
import { SendingAccounts } from '../sending-accounts';
import { PreparePost } from './prepare-post.use-case';
import { PublishFailures } from './publish-failures.service';
import { Advance, AGAIN, DONE, errorText, nowOf, RECONCILE_SETTLE_MS } from './publish-rules';
import { CommitPublished } from './commit-published.service';
import { SendFollowUps } from './send-follow-ups.use-case';
import { SendPost } from './send-post.use-case';
import { SettlePost } from './settle-post.service';

const S = PostState;

/** What reading the platform told about one send. */
interface Reading {
  found: RecentPost[];
  container: ContainerFate | null;
}

/**
 * Reads the account's recent posts (or the IG container) to learn whether an ambiguous send went
 * out: one match -> PUBLISHED; none -> safe to send again; several, or unreadable -> a person.
 * The post is RECONCILING under `me`'s lease.
 */
@Injectable()
export class ReconcileUnknownPost {
  constructor(
    private readonly clock: EngineClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly posts: PublishingPostsRepository,
    private readonly accounts: SendingAccounts,
    private readonly registry: ConnectorRegistry,
    private readonly failures: PublishFailures,
    private readonly settle: SettlePost,
    private readonly commitPublished: CommitPublished,
    private readonly followUps: SendFollowUps,
    private readonly preparePost: PreparePost,
    private readonly sendPost: SendPost,
  ) {}

  async execute(row: PublishRow, me: string): Promise<Advance> {
    const attempts = await this.posts.attempts(row.id);
    const attempt = attempts.find((a) => a.id === row.currentAttemptId);
    const prepared = row.prepared;
    if (!prepared || !attempt) {
      return this.toReview(row, me, 'no_send_record', 'The send has no record to reconcile.');
    }
    // The database's time when this row was claimed (plus time since): never ahead of it, so absence
    // is never trusted early. A request the platform is still working on may yet land after our
    // timeout: a post found is found at any time, but absence only counts once the send is surely over.
    const settledAfter = new Date(
      attempt.startedAt.getTime() + this.config.publishing.connectorTimeoutMs + RECONCILE_SETTLE_MS,
    );
    const settled = nowOf(row, () => this.clock.now()).getTime() >= settledAfter.getTime();
    let reading: Reading;
    try {
      reading = await this.read(row, attempt, prepared);
    } catch (e) {
      return this.unreadable(row, me, attempt.id, e);
    }
    const { found, container } = reading;
    if (container && container !== 'published') {
      // The container was never published: proven absent. An expired/failed container is made again.
      if (!settled) return this.notYet(row, me, settledAfter);
      return this.absent(row, me, attempt.id, container === 'unpublished' ? prepared : null);
    }
    if (found.length === 1) return this.found(row, me, attempt.id, found[0]);
    if (found.length === 0 && !settled) return this.notYet(row, me, settledAfter);
    if (found.length === 0 && container !== 'published') {
      return this.absent(row, me, attempt.id, prepared);
    }
    await this.posts.transaction((m) => this.posts.finishAttempt(m, attempt.id, 'unknown'));
    return this.toReview(
      row,
      me,
      'ambiguous_match',
      found.length
        ? `${found.length} posts with this text were found on the account; which one is ours cannot be told.`
        : 'The platform says the post was published but it cannot be found on the account.',
      { matches: found.length },
    );
  }

  private async read(row: PublishRow, attempt: AttemptRow, prepared: PreparedPost): Promise<Reading> {
    const creds = await this.accounts.credentialsOf(row.socialAccountId);
    const res = await this.registry.connector(row.platform).findRecentPosts(creds, {
      since: new Date(attempt.startedAt.getTime() - 5 * 60_000),
      containerId: prepared.containerId,
    });
    return {
      found: res.posts.filter((p) => sameText(prepared.text, p.text)),
      container: res.container,
    };
  }

  /** Not settled yet: back to UNKNOWN until the send is surely over. */
  private async notYet(row: PublishRow, me: string, until: Date): Promise<Advance> {
    await this.posts.guardedUpdate({
      id: row.id,
      version: row.version,
      from: [S.Reconciling],
      leaseOwner: me,
      set: { state: S.Unknown, leaseOwner: null, leaseUntil: null, nextAttemptAt: until },
    });
    return { outcome: 'delay', until };
  }

  private async found(row: PublishRow, me: string, attemptId: string, post: RecentPost): Promise<Advance> {
    await this.posts.transaction((m) => this.posts.resetReconcileTries(row.id, m));
    const published = await this.commitPublished.execute(
      row,
      attemptId,
      { platformPostId: post.id, permalink: post.permalink, publishedAt: post.createdAt },
      'found',
    );
    return published ? this.followUps.execute(published, me) : DONE;
  }

  /** Proven absent: sent again (still this version, still leased), prepared afresh if unusable. */
  private async absent(
    row: PublishRow,
    me: string,
    attemptId: string,
    prepared: PreparedPost | null,
  ): Promise<Advance> {
    const ready = await this.posts.transaction(async (m) => {
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
    if (!prepared) return this.preparePost.execute(ready, me);
    const creds = await this.failures.credentialsOrPark({ row: ready, me, from: S.Ready });
    if (!creds) return DONE;
    return this.sendPost.execute({ row: ready, me, creds, prepared });
  }

  private async unreadable(row: PublishRow, me: string, attemptId: string, e: unknown): Promise<Advance> {
    const tries = row.reconcileTries + 1;
    if (tries >= MAX_RECONCILE_TRIES) {
      await this.posts.transaction((m) => this.posts.finishAttempt(m, attemptId, 'unknown'));
      return this.toReview(row, me, 'unreadable', errorText(e));
    }
    const now = this.clock.now();
    const until =
      e instanceof ConnectorError && e.resetAt
        ? afterReset(e.resetAt, now)
        : new Date(now.getTime() + backoffMs(tries));
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

  private async toReview(
    row: PublishRow,
    me: string,
    reason: string,
    message: string,
    params?: Record<string, number>,
  ): Promise<Advance> {
    await this.settle.execute({
      row,
      from: [S.Reconciling],
      to: S.NeedsReview,
      reason,
      message,
      kind: 'post_needs_review',
      leaseOwner: me,
      ...(params ? { params } : {}),
    });
    return DONE;
  }
}
