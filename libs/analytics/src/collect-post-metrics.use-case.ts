import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccountCredentials } from '@warta/accounts';
import { APP_CONFIG, AppConfig } from '@warta/config';
import {
  ConnectorCredentials,
  ConnectorError,
  ConnectorRegistry,
  isConnectorError,
  PostMetrics,
} from '@warta/connectors';
import { Clock, DomainError, Platform } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccountMetricsRepository } from './account-metrics.repository';
import { ClaimedStep, MetricCollectionPlanRepository, PlanKey } from './metric-collection-plan.repository';
import { TouchedPost, MetricRollupsRepository } from './metric-rollups.repository';
import { MetricSnapshotsRepository, NewMetricSnapshot } from './metric-snapshots.repository';

/** How long a claimed step is ours before another collector may take it (a crash frees it then). */
const CLAIM_LEASE_MS = 10 * 60 * 1000;
/** One job stops claiming after this long, so the every-minute scheduler never stacks runs. */
const TIME_BUDGET_MS = 45 * 1000;
const MAX_ROUNDS = 100;
const MIN_POSTPONE_MS = 60 * 1000;

/** Why an account's metrics cannot be read: X access tiers without read access answer 403. */
export const METRICS_UNAVAILABLE_X_TIER = 'x_tier';
export const METRICS_UNAVAILABLE_PERMISSION = 'permission';

export interface CollectionResult {
  claimed: number;
  snapshots: number;
  gone: number;
  postponed: number;
  failed: number;
  skipped: number;
  /** fetchPostMetrics calls made (one per metricsBatchSize ids). */
  calls: number;
}

/** What one account's group came to; written in one transaction. */
interface AccountOutcome {
  snapshots: NewMetricSnapshot[];
  done: PlanKey[];
  gonePosts: string[];
  failed: Array<{ keys: PlanKey[]; error: string }>;
  skipped: Array<{ keys: PlanKey[]; reason: string }>;
  postponed: { keys: PlanKey[]; until: Date; reason: string } | null;
  /** Posts whose metrics cannot be read; `reason` set when the whole account is affected. */
  unavailable: { reason: string | null; posts: string[] } | null;
  /** A read succeeded: clear a stale "unavailable" reason. */
  readOk: boolean;
}

/** One account's reads in progress: its readable steps by platform post id, and what came of them. */
interface AccountRead {
  accountId: string;
  platform: Platform;
  stepsByPlatformId: Map<string, ClaimedStep[]>;
  outcome: AccountOutcome;
  /** Posts the platform refused to show insights for (checked per object on Graph). */
  deniedPosts: string[];
}

const keyOf = (s: ClaimedStep): PlanKey => ({ postId: s.postId, step: s.step });

/**
 * Reads the metrics of every due collection step: claims due steps, groups them per account, asks
 * the platform in calls of up to `metricsBatchSize` posts (X: 100 ids per lookup), and writes the
 * snapshots (multi-row), the steps' outcomes and the rollups in one transaction per account.
 *
 * - a post deleted on the platform is marked gone and its remaining steps skipped;
 * - rate_limited / quota stops that account until the platform's reset: its steps stay pending,
 *   due then, and are not counted as failures;
 * - an X tier that cannot read metrics (403) marks the account "metrics unavailable on this tier"
 *   and skips its steps, instead of storing zeros;
 * - any other failure fails only the posts of that call, retried with backoff.
 */
@Injectable()
export class CollectPostMetrics {
  private readonly logger = new Logger('metrics');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: ConnectorRegistry,
    private readonly credentials: AccountCredentials,
    private readonly plan: MetricCollectionPlanRepository,
    private readonly snapshots: MetricSnapshotsRepository,
    private readonly rollups: MetricRollupsRepository,
    private readonly accounts: AccountMetricsRepository,
  ) {}

  async execute(): Promise<CollectionResult> {
    const result: CollectionResult = {
      claimed: 0,
      snapshots: 0,
      gone: 0,
      postponed: 0,
      failed: 0,
      skipped: 0,
      calls: 0,
    };
    const started = this.clock.now().getTime();
    const limit = this.config.analytics.batchSize;
    // Accounts that hit a rate limit in this run: their later-claimed steps wait without a call.
    const resting = new Map<string, Date>();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const now = this.clock.now();
      const claimed = await this.dataSource.transaction((m) =>
        this.plan.claimDue(m, now, new Date(now.getTime() + CLAIM_LEASE_MS), limit),
      );
      result.claimed += claimed.length;
      const byAccount = new Map<string, ClaimedStep[]>();
      for (const s of claimed) {
        const list = byAccount.get(s.socialAccountId);
        if (list) list.push(s);
        else byAccount.set(s.socialAccountId, [s]);
      }
      for (const [accountId, steps] of byAccount) {
        const outcome = await this.collectAccount(accountId, steps, resting, result);
        try {
          await this.write(accountId, outcome);
        } catch (e) {
          // Nothing of this account was written: its steps come back when the claim lease ends.
          this.logger.error({ accountId, err: describe(e) }, 'metrics of an account not written');
          result.failed += steps.length;
          continue;
        }
        result.snapshots += outcome.snapshots.length;
        result.gone += outcome.gonePosts.length;
        result.failed += outcome.failed.reduce((n, f) => n + f.keys.length, 0);
        result.skipped +=
          outcome.skipped.reduce((n, s) => n + s.keys.length, 0) + (outcome.unavailable?.posts.length ?? 0);
        result.postponed += outcome.postponed?.keys.length ?? 0;
      }
      if (claimed.length < limit || this.clock.now().getTime() - started > TIME_BUDGET_MS) break;
    }
    return result;
  }

  private async collectAccount(
    accountId: string,
    steps: ClaimedStep[],
    resting: Map<string, Date>,
    result: CollectionResult,
  ): Promise<AccountOutcome> {
    const outcome = emptyOutcome();
    const readable = steps.filter(
      (s) => s.platformPostId && s.metricsStatus === 'ok' && s.postState === 'published',
    );
    const unreadable = steps.filter((s) => !readable.includes(s));
    if (unreadable.length) outcome.skipped.push({ keys: unreadable.map(keyOf), reason: 'post not readable' });
    if (!readable.length) return outcome;

    const restUntil = resting.get(accountId);
    if (restUntil) {
      outcome.postponed = { keys: readable.map(keyOf), until: restUntil, reason: 'rate limited' };
      return outcome;
    }

    const creds = await this.credentialsOf(accountId, readable, outcome);
    if (!creds) return outcome;
    const read: AccountRead = {
      accountId,
      platform: readable[0].platform,
      stepsByPlatformId: byPlatformPostId(readable),
      outcome,
      deniedPosts: [],
    };
    await this.readMetrics(read, creds, resting, result);
    return outcome;
  }

  /** The account's credentials; null (and the steps skipped or failed) when there are none. */
  private async credentialsOf(
    accountId: string,
    readable: ClaimedStep[],
    outcome: AccountOutcome,
  ): Promise<ConnectorCredentials | null> {
    try {
      return await this.credentials.credentialsFor(accountId);
    } catch (e) {
      const code = e instanceof DomainError ? e.code : e instanceof Error ? e.message : String(e);
      if (code === 'ACCOUNT_DISCONNECTED' || code === 'NOT_FOUND') {
        outcome.skipped.push({ keys: readable.map(keyOf), reason: `account: ${code}` });
      } else {
        outcome.failed.push({ keys: readable.map(keyOf), error: `account: ${code}` });
      }
      return null;
    }
  }

  /** Asks the platform in calls of up to `metricsBatchSize` posts and records each call's answer. */
  private async readMetrics(
    read: AccountRead,
    creds: ConnectorCredentials,
    resting: Map<string, Date>,
    result: CollectionResult,
  ): Promise<void> {
    const { outcome, stepsByPlatformId } = read;
    const connector = this.registry.connector(read.platform);
    const ids = [...stepsByPlatformId.keys()];
    const batch = Math.max(1, connector.capabilities.metricsBatchSize);
    for (let i = 0; i < ids.length; i += batch) {
      const chunk = ids.slice(i, i + batch);
      let metrics: PostMetrics[];
      try {
        result.calls++;
        metrics = await connector.fetchPostMetrics(creds, chunk);
      } catch (e) {
        if (this.recordReadFailure(read, e, chunk, ids.slice(i), resting) === 'stop') break;
        continue;
      }
      outcome.readOk = true;
      recordMetrics(outcome, stepsByPlatformId, chunk, metrics);
    }
    if (read.deniedPosts.length && !outcome.unavailable) {
      outcome.unavailable = {
        // Not a single read of this account went through: the account itself lacks the permission.
        reason: outcome.readOk ? null : METRICS_UNAVAILABLE_PERMISSION,
        posts: [...new Set(read.deniedPosts)],
      };
    }
  }

  /**
   * Records what a failed call means for the account's posts: 'stop' when the account's remaining
   * posts (`remaining`, from this call's `chunk` on) wait or fail with it, 'next' to go on reading.
   */
  private recordReadFailure(
    read: AccountRead,
    e: unknown,
    chunk: string[],
    remaining: string[],
    resting: Map<string, Date>,
  ): 'stop' | 'next' {
    const { accountId, platform, outcome, stepsByPlatformId } = read;
    const rest = stepKeysOf(stepsByPlatformId, remaining);
    if (isConnectorError(e) && (e.kind === 'rate_limited' || e.kind === 'quota')) {
      // Never sooner than a minute: a reset already past (clock skew) must not spin the claim loop.
      const soonest = this.clock.now().getTime() + MIN_POSTPONE_MS;
      const until = new Date(Math.max(e.resetAt?.getTime() ?? soonest + CLAIM_LEASE_MS, soonest));
      resting.set(accountId, until);
      outcome.postponed = { keys: rest, until, reason: `${e.kind}: ${e.message}` };
      this.logger.warn({ accountId, platform, until: until.toISOString() }, 'metrics reads rate limited');
      return 'stop';
    }
    if (isConnectorError(e) && e.kind === 'permission' && platform === 'x') {
      // X answers 403 on every lookup when the app's access tier has no read access.
      const reason = METRICS_UNAVAILABLE_X_TIER;
      const posts = [...new Set(postIdsOf(stepsByPlatformId, remaining))];
      outcome.unavailable = { reason, posts };
      this.logger.warn({ accountId, platform, reason }, 'metrics unavailable for this account');
      return 'stop';
    }
    if (isConnectorError(e) && e.kind === 'permission') {
      // Graph refuses insights per object (e.g. media from before the account turned business):
      // that post's metrics are unavailable; the account's only when no post could be read.
      read.deniedPosts.push(...postIdsOf(stepsByPlatformId, chunk));
      return 'next';
    }
    if (isConnectorError(e) && (e.kind === 'auth_expired' || e.kind === 'auth_revoked')) {
      outcome.failed.push({ keys: rest, error: `${e.kind}: ${e.message}` });
      return 'stop';
    }
    if (isConnectorError(e) && e.kind === 'not_found' && chunk.length === 1) {
      outcome.gonePosts.push(...postIdsOf(stepsByPlatformId, chunk));
      return 'next';
    }
    outcome.failed.push({ keys: stepKeysOf(stepsByPlatformId, chunk), error: describe(e) });
    return 'next';
  }

  private async write(accountId: string, o: AccountOutcome): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await this.snapshots.insertMany(m, o.snapshots);
      await this.plan.markDone(m, o.done);
      for (const s of o.skipped) await this.plan.skip(m, s.keys, s.reason);
      for (const f of o.failed) await this.plan.failAttempt(m, f.keys, f.error, now);
      await this.plan.closePosts(m, o.gonePosts, 'gone', 'post deleted on the platform');
      if (o.postponed) {
        await this.plan.postponeAccount(
          m,
          accountId,
          o.postponed.keys,
          o.postponed.until,
          o.postponed.reason,
        );
      }
      if (o.unavailable) {
        const why = o.unavailable.reason ?? 'permission denied for the post';
        await this.plan.closePosts(m, o.unavailable.posts, 'unavailable', `metrics unavailable: ${why}`);
      }
      if (o.unavailable?.reason) await this.accounts.setUnavailableReason(m, accountId, o.unavailable.reason);
      else if (o.readOk) await this.accounts.setUnavailableReason(m, accountId, null);
      const touched: TouchedPost[] = o.snapshots.map((s) => ({ postId: s.postId, since: s.capturedAt }));
      await this.rollups.refresh(m, touched);
    });
  }
}

function describe(e: unknown): string {
  if (e instanceof ConnectorError) return `${e.kind}: ${e.message}`;
  if (e instanceof DomainError) return e.code;
  return e instanceof Error ? e.message : String(e);
}

function emptyOutcome(): AccountOutcome {
  return {
    snapshots: [],
    done: [],
    gonePosts: [],
    failed: [],
    skipped: [],
    postponed: null,
    unavailable: null,
    readOk: false,
  };
}

/** Several due steps of one post (a worker was down) cost one read. */
function byPlatformPostId(readable: ClaimedStep[]): Map<string, ClaimedStep[]> {
  const stepsByPlatformId = new Map<string, ClaimedStep[]>();
  for (const s of readable) {
    const list = stepsByPlatformId.get(s.platformPostId!);
    if (list) list.push(s);
    else stepsByPlatformId.set(s.platformPostId!, [s]);
  }
  return stepsByPlatformId;
}

function stepKeysOf(stepsByPlatformId: Map<string, ClaimedStep[]>, ids: string[]): PlanKey[] {
  return ids.flatMap((id) => stepsByPlatformId.get(id)!.map(keyOf));
}

function postIdsOf(stepsByPlatformId: Map<string, ClaimedStep[]>, ids: string[]): string[] {
  return ids.flatMap((id) => stepsByPlatformId.get(id)!.map((s) => s.postId));
}

/** A successful call's answer: a snapshot per post read, gone posts marked, missing ones failed. */
function recordMetrics(
  outcome: AccountOutcome,
  stepsByPlatformId: Map<string, ClaimedStep[]>,
  chunk: string[],
  metrics: PostMetrics[],
): void {
  const byId = new Map(metrics.map((m) => [m.postId, m]));
  for (const id of chunk) {
    const m = byId.get(id);
    const stepsOfPost = stepsByPlatformId.get(id)!;
    if (!m) {
      outcome.failed.push({ keys: stepsOfPost.map(keyOf), error: 'no metrics returned for the post' });
    } else if (m.gone) {
      outcome.gonePosts.push(stepsOfPost[0].postId);
    } else {
      outcome.snapshots.push(snapshotOf(stepsOfPost[0], m));
      outcome.done.push(...stepsOfPost.map(keyOf));
    }
  }
}

function snapshotOf(s: ClaimedStep, m: PostMetrics): NewMetricSnapshot {
  return {
    postId: s.postId,
    organizationId: s.organizationId,
    socialAccountId: s.socialAccountId,
    platform: s.platform,
    capturedAt: m.fetchedAt,
    views: m.views,
    reach: m.reach,
    likes: m.likes,
    comments: m.comments,
    shares: m.shares,
    saves: m.saves,
    clicks: m.clicks,
    raw: m.raw,
    source: m.source,
  };
}
