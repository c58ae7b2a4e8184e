import type {
  ConnectorCredentials,
  FollowUpRequest,
  PreparedPost,
  PrepareResult,
  PublishRequest,
  RecentPostsResult,
  SendResult,
  SocialConnector,
  ValidationProblem,
} from '@warta/connectors';
import type { AppConfig } from '@warta/config';
import type { ConnectorRegistry } from '@warta/connectors';
import type { MediaUrlSigner } from '@warta/media';
import type { EngineClock } from '../../engine-clock';
import { PostState } from '../../post-state';
import { PublishStep } from '../../publish-step.use-case';
import type { PublishingMetrics } from '../../publishing-metrics';
import type { PublishingPostsRepository } from '../../publishing-posts.repository';
import type { PublishWriteBatches } from '../../publish-write-batches';
import type { SendingAccounts } from '../../sending-accounts';
import { PreparePost } from '../prepare-post.use-case';
import { PublishFailures } from '../publish-failures.service';
import { ReconcileUnknownPost } from '../reconcile-unknown-post.use-case';
import { CommitPublished } from '../commit-published.service';
import { SendFollowUps } from '../send-follow-ups.use-case';
import { SendPost } from '../send-post.use-case';
import { SettlePost } from '../settle-post.service';
import type { AttemptRow, PublishRow } from '../../publish-row';
import type { BeginSend, Claim, GuardedUpdate, RecordPublished } from '../../publishing-posts.repository';

/** Hand-written fakes of the publish step's boundaries (posts table, write batches, accounts,
 * platform, clock), so each step's use case is tested without I/O. */

export const T0 = new Date('2026-12-01T08:00:00Z');

export function aRow(over: Partial<PublishRow> = {}): PublishRow {
  return {
    id: 'post-1',
    organizationId: 'org-1',
    releaseId: 'rel-1',
    socialAccountId: 'acc-1',
    platform: 'x',
    content: { text: 'Kunjungan Kanwil ke Rutan', media: [] },
    state: PostState.Scheduled,
    version: 2,
    publishAt: T0,
    publishZone: 'Asia/Jakarta',
    nextAttemptAt: null,
    leaseOwner: null,
    leaseUntil: null,
    attemptCount: 0,
    reconcileTries: 0,
    prepared: null,
    containerId: null,
    currentAttemptId: null,
    platformPostId: null,
    childIds: [],
    permalink: null,
    publishedAt: null,
    lastErrorClass: null,
    lastErrorMessage: null,
    lateToleranceMinutes: null,
    readAt: null,
    readMono: 0,
    ...over,
  };
}

export function aPrepared(over: Partial<PreparedPost> = {}): PreparedPost {
  return {
    platform: 'x',
    text: 'Kunjungan Kanwil ke Rutan',
    link: null,
    mediaIds: [],
    containerId: null,
    childContainerIds: [],
    ...over,
  };
}

export class FakeClock {
  constructor(public at: Date = T0) {}
  now(): Date {
    return new Date(this.at);
  }
  msUntil(at: Date): number {
    return Math.max(0, at.getTime() - this.at.getTime());
  }
}

/** posts and publish_attempts in memory, with the same compare-and-set as the real repository. */
export class FakePostsRepository {
  readonly rows = new Map<string, PublishRow>();
  readonly attemptRows: (AttemptRow & { postId: string })[] = [];
  readonly manager = {};

  put(row: PublishRow): PublishRow {
    this.rows.set(row.id, { ...row });
    return row;
  }

  row(id = 'post-1'): PublishRow {
    return this.rows.get(id)!;
  }

  async transaction<T>(work: (m: unknown) => Promise<T>): Promise<T> {
    return work(this.manager);
  }

  async guardedUpdate(u: GuardedUpdate): Promise<PublishRow | null> {
    const r = this.rows.get(u.id);
    if (!r || r.version !== u.version || !u.from.includes(r.state)) return null;
    if (u.leaseOwner !== undefined && r.leaseOwner !== u.leaseOwner) return null;
    const next = { ...r, ...u.set, attemptCount: r.attemptCount + (u.incrementAttempts ? 1 : 0) };
    this.rows.set(r.id, next);
    return next;
  }

  async attempts(postId: string): Promise<AttemptRow[]> {
    return this.attemptRows.filter((a) => a.postId === postId);
  }

  addAttempt(a: Partial<AttemptRow> & { id: string }, postId = 'post-1'): void {
    this.attemptRows.push({
      postId,
      postVersion: 2,
      kind: 'post',
      partIndex: 0,
      workerId: 'w',
      startedAt: T0,
      finishedAt: null,
      outcome: 'pending',
      platformId: null,
      errorClass: null,
      errorMessage: null,
      ...a,
    });
  }

  async insertAttempt(_m: unknown, a: { postId: string; kind: AttemptRow['kind']; partIndex: number }) {
    const id = `att-${this.attemptRows.length + 1}`;
    this.addAttempt({ id, kind: a.kind, partIndex: a.partIndex }, a.postId);
    return id;
  }

  async finishAttempt(
    _m: unknown,
    id: string,
    outcome: AttemptRow['outcome'],
    d: { platformId?: string | null; errorMessage?: string | null } = {},
  ): Promise<void> {
    const a = this.attemptRows.find((x) => x.id === id)!;
    Object.assign(a, {
      outcome,
      platformId: d.platformId ?? a.platformId,
      errorMessage: d.errorMessage ?? null,
    });
  }

  async abandonSend(_m: unknown, a: { id: string; attemptId: string }): Promise<boolean> {
    await this.finishAttempt(null, a.attemptId, 'absent');
    const r = this.rows.get(a.id)!;
    this.rows.set(a.id, { ...r, state: PostState.Ready, leaseOwner: null, leaseUntil: null });
    return true;
  }

  async resetReconcileTries(id: string): Promise<void> {
    this.rows.set(id, { ...this.rows.get(id)!, reconcileTries: 0 });
  }

  async setChildIds(_m: unknown, id: string, childIds: string[]): Promise<void> {
    this.rows.set(id, { ...this.rows.get(id)!, childIds });
  }

  async markFollowUpFailed(_m: unknown, id: string, message: string): Promise<boolean> {
    const r = this.rows.get(id)!;
    if (r.lastErrorClass === 'follow_up_failed') return false;
    this.rows.set(id, { ...r, lastErrorClass: 'follow_up_failed', lastErrorMessage: message });
    return true;
  }
}

/** The write batches over the fake table: claims and the two commit points. */
export class FakeWriteBatches {
  constructor(private readonly posts: FakePostsRepository) {}

  async find(id: string): Promise<PublishRow | null> {
    return this.posts.rows.get(id) ?? null;
  }

  async claim(c: Claim): Promise<PublishRow | null> {
    const r = this.posts.rows.get(c.id);
    if (!r || r.version !== c.version || !c.from.includes(r.state) || r.leaseOwner) return null;
    const next = { ...r, state: c.to, leaseOwner: c.owner };
    this.posts.rows.set(r.id, next);
    return next;
  }

  async beginSend(s: BeginSend): Promise<PublishRow | null> {
    const r = this.posts.rows.get(s.id);
    if (!r || r.version !== s.version) return null;
    const next = {
      ...r,
      state: PostState.Sending,
      leaseOwner: s.owner,
      prepared: s.prepared,
      currentAttemptId: s.attemptId,
    };
    this.posts.rows.set(r.id, next);
    this.posts.addAttempt({ id: s.attemptId }, r.id);
    return next;
  }

  async recordPublished(p: RecordPublished): Promise<boolean> {
    const r = this.posts.rows.get(p.id);
    if (!r || r.currentAttemptId !== p.attemptId) return false;
    this.posts.rows.set(r.id, {
      ...r,
      state: PostState.Published,
      platformPostId: p.platformPostId,
      permalink: p.permalink,
      leaseOwner: null,
    });
    await this.posts.finishAttempt(null, p.attemptId, p.outcome, { platformId: p.platformPostId });
    return true;
  }
}

export class FakeAccounts {
  readonly creds: ConnectorCredentials = { externalId: 'ext-1', accessToken: 'token' };
  missing: Error | null = null;
  async get(): Promise<{ credentials: ConnectorCredentials; handle: string }> {
    if (this.missing) throw this.missing;
    return { credentials: this.creds, handle: '@humas' };
  }
  async credentialsOf(): Promise<ConnectorCredentials> {
    return (await this.get()).credentials;
  }
  forget(): void {}
}

/** A platform whose answers each test scripts. */
export class FakeConnector implements Partial<SocialConnector> {
  problems: ValidationProblem[] = [];
  prepareResult: (prepared: PreparedPost) => PrepareResult = (prepared) => ({ status: 'ready', prepared });
  sendResult: () => Promise<SendResult> = async () => ({
    platformPostId: '1001',
    permalink: null,
    publishedAt: null,
  });
  recent: () => Promise<RecentPostsResult> = async () => ({
    posts: [],
    containerStatus: null,
    container: null,
  });
  readonly sent: PreparedPost[] = [];
  readonly followUps: FollowUpRequest[] = [];

  validate(_r: PublishRequest): ValidationProblem[] {
    return this.problems;
  }
  async prepare(_c: ConnectorCredentials, r: PublishRequest): Promise<PrepareResult> {
    return this.prepareResult(aPrepared({ text: r.text }));
  }
  async send(_c: ConnectorCredentials, prepared: PreparedPost): Promise<SendResult> {
    this.sent.push(prepared);
    return this.sendResult();
  }
  async sendFollowUp(_c: ConnectorCredentials, f: FollowUpRequest): Promise<{ id: string }> {
    this.followUps.push(f);
    return { id: `child-${this.followUps.length}` };
  }
  permalinkOf(id: string, account: { handle: string | null }): string | null {
    return `https://platform.test/${account.handle ?? 'i'}/${id}`;
  }
  async findRecentPosts(): Promise<RecentPostsResult> {
    return this.recent();
  }
}

/** Records what was notified, audited and counted. */
export class FakeRecorder {
  readonly notified: { kind: string; reason: string }[] = [];
  readonly audited: { action: string }[] = [];
  readonly outcomes: string[] = [];
  readonly notifier = {
    notify: async (_m: unknown, n: { kind: string; reason: string }) => void this.notified.push(n),
  };
  readonly audit = { append: async (_m: unknown, e: { action: string }) => void this.audited.push(e) };
  readonly metrics = {
    outcome: (_p: string, o: string) => void this.outcomes.push(o),
    sendStarted: () => undefined,
  };
}

export const CONFIG = {
  publishing: {
    leaseMs: 60_000,
    connectorTimeoutMs: 20_000,
    prepareLeadMs: 60_000,
    defaultLateToleranceMinutes: 30,
  },
};

/** Every step's use case, wired over fresh fakes as the module wires the real ones. */
export function publishStepOverFakes() {
  const clock = new FakeClock();
  const posts = new FakePostsRepository();
  const batches = new FakeWriteBatches(posts);
  const accounts = new FakeAccounts();
  const connector = new FakeConnector();
  const rec = new FakeRecorder();
  const refreshed: string[] = [];
  const reconnect: string[] = [];
  const c = clock as unknown as EngineClock;
  const p = posts as unknown as PublishingPostsRepository;
  const b = batches as unknown as PublishWriteBatches;
  const a = accounts as unknown as SendingAccounts;
  const m = rec.metrics as unknown as PublishingMetrics;
  const config = CONFIG as unknown as AppConfig;
  const registry = { connector: () => connector } as unknown as ConnectorRegistry;
  const signer = { sign: (id: string) => ({ url: `https://media.test/${id}` }) } as unknown as MediaUrlSigner;
  const settle = new SettlePost(p, rec.audit as never, rec.notifier as never, m);
  const failures = new PublishFailures(
    c,
    p,
    a,
    { execute: async (id: string) => (refreshed.push(id), { status: 'refreshed' }) } as never,
    { execute: async (id: string) => void reconnect.push(id) } as never,
    settle,
    m,
  );
  const commitPublished = new CommitPublished(c, a, registry, b, m);
  const followUps = new SendFollowUps(c, p, a, registry, rec.notifier as never);
  const sendPost = new SendPost(c, config, p, b, registry, failures, commitPublished, followUps, m);
  const preparePost = new PreparePost(c, p, a, registry, signer, failures, settle, sendPost);
  const reconcile = new ReconcileUnknownPost(
    c,
    config,
    p,
    a,
    registry,
    failures,
    settle,
    commitPublished,
    followUps,
    preparePost,
    sendPost,
  );
  const step = new PublishStep(
    c,
    config,
    p,
    b,
    a,
    failures,
    settle,
    preparePost,
    sendPost,
    reconcile,
    followUps,
  );
  return {
    clock,
    posts,
    batches,
    accounts,
    connector,
    rec,
    refreshed,
    reconnect,
    settle,
    failures,
    followUps,
    sendPost,
    preparePost,
    reconcile,
    step,
  };
}
