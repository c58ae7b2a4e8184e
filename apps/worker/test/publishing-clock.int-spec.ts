import { randomBytes } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { AccountsModule, seedDemoAccounts, TokenVault } from '@warta/accounts';
import { AuditModule } from '@warta/audit';
import { ConfigModule } from '@warta/config';
import { Clock, CoreModule } from '@warta/core';
import { DatabaseModule } from '@warta/database';
import { IdentityModule } from '@warta/identity';
import { NotificationsModule } from '@warta/notifications';
import {
  PostState,
  PublishingModule,
  PublishJobs,
  PublishStep,
  PublishWriteBatches,
} from '@warta/publishing';
import { PublishingPostsRepository } from '@warta/publishing/testing';
import { QueueModule } from '@warta/queue';
import { ApiTestContext, createApiTestContext } from '../../api/test/api-test-context';
import { startTestSandbox, TestSandbox } from '../../sandbox/src/testing/sandbox-test-kit';

/*
 * Issue 18, items 1 and 2, against the real engine, Postgres and the sandbox: every decision is
 * taken on the database's clock (a worker whose own clock runs 3 minutes ahead publishes nothing
 * early and takes no lease another still holds), and a worker paused between commit point 1 and
 * its request gives the send up instead of sending on a lease it may no longer hold.
 */

const LEASE_MS = 3_000;
const TIMEOUT_MS = 1_000;
const AHEAD_MS = 3 * 60_000;

/** A host clock that runs 3 minutes ahead: what BullMQ and the process would believe. */
class AheadClock extends Clock {
  now(): Date {
    return new Date(Date.now() + AHEAD_MS);
  }
}

interface SandboxState {
  x: { tweets: { id: string; text: string; createdAt: string; inReplyToId: string | null }[] };
}

describe('publishing on the database clock', () => {
  let sb: TestSandbox;
  let ctx: ApiTestContext;
  let mod: TestingModule;
  let editorHeader: string;

  beforeAll(async () => {
    sb = await startTestSandbox();
    ctx = await createApiTestContext({
      X_API_ORIGIN: sb.xOrigin,
      GRAPH_ORIGIN: sb.graphOrigin,
      WORKER_HEALTH_PORT: '0',
      CONNECTOR_TIMEOUT_MS: String(TIMEOUT_MS),
      PUBLISH_LEASE_MS: String(LEASE_MS),
    });
    await seedDemoAccounts(
      ctx.dataSource,
      ctx.app.get(TokenVault),
      { graphOrigin: sb.graphOrigin },
      { units: ['rutan-bengkulu'] },
    );
    await ctx.dataSource.query(`UPDATE organizations SET approval_policy = 'none' WHERE id = $1`, [
      ctx.org('rutan-bengkulu'),
    ]);
    mod = await Test.createTestingModule({
      imports: [
        ConfigModule,
        CoreModule,
        DatabaseModule,
        QueueModule,
        AuditModule,
        IdentityModule,
        AccountsModule,
        NotificationsModule,
        PublishingModule,
      ],
    })
      .overrideProvider(Clock)
      .useValue(new AheadClock())
      .overrideProvider(PublishJobs)
      .useValue({
        enqueue: async () => undefined,
        enqueueMissing: async (targets: unknown[]) => targets.length,
        jobsMayBeLost: async () => false,
        remove: async () => undefined,
      })
      .compile();
    await mod.init();
    await sb.control('POST', 'profile', { x: { duplicateWindowSeconds: 0 } });
    editorHeader = await ctx.tokenFor('editor.rutan');
  }, 120_000);

  afterAll(async () => {
    await ctx?.dataSource.query(`UPDATE warta_clock SET offset_ms = 0`).catch(() => undefined);
    await mod?.close();
    await ctx?.close();
    await sb?.close();
  });

  afterEach(() => ctx.dataSource.query(`UPDATE warta_clock SET offset_ms = 0`));

  /** An X post with a unique marker, scheduled through the api (on the true clock) `inMs` from now. */
  async function scheduledXPost(inMs: number): Promise<{ id: string; version: number; marker: string }> {
    const release = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', editorHeader)
      .send({
        organizationId: ctx.org('rutan-bengkulu'),
        title: 'Uji jam basis data',
        body: 'Rutan Bengkulu menggelar kegiatan pembinaan kepribadian bagi warga binaan pada hari ini.',
      })
      .expect(201);
    const drafts = await ctx.http
      .post(`/api/v1/releases/${release.body.id}/drafts`)
      .set('Authorization', editorHeader)
      .send({})
      .expect(201);
    const d = drafts.body.items.find((i: { platform: string }) => i.platform === 'x');
    const marker = randomBytes(4).toString('hex');
    const edited = await ctx.http
      .patch(`/api/v1/drafts/${d.id}`)
      .set('Authorization', editorHeader)
      .send({ version: d.version, text: `[${marker}] Pembinaan warga binaan Rutan Bengkulu.` })
      .expect(200);
    const scheduled = await ctx.http
      .post(`/api/v1/posts/${d.id}/schedule`)
      .set('Authorization', editorHeader)
      .send({
        version: edited.body.version,
        mode: 'at',
        publishAt: new Date(Date.now() + inMs).toISOString(),
      })
      .expect(200);
    return { id: d.id, version: scheduled.body.version, marker };
  }

  async function sentWith(marker: string) {
    const s = await sb.control<SandboxState>('GET', 'state');
    return s.x.tweets.filter((t) => t.text.includes(`[${marker}]`));
  }

  const state = async (id: string) =>
    (await ctx.dataSource.query(`SELECT state FROM posts WHERE id = $1`, [id]))[0].state as string;

  it('a job that arrives early on a worker whose clock runs ahead waits the time left on the database clock', async () => {
    const post = await scheduledXPost(60_000);
    // By the worker's own clock the post is 2 minutes overdue; by the database's it is due in a minute.
    const r = await mod.get(PublishStep).execute(post.id, post.version, 'w-ahead-1');
    expect(r.outcome).toBe('delay');
    if (r.outcome !== 'delay') return;
    expect(r.delayMs).toBeGreaterThan(55_000);
    expect(r.delayMs).toBeLessThanOrEqual(60_000);
    expect(await sentWith(post.marker)).toHaveLength(0);
    expect(await state(post.id)).toBe(PostState.Scheduled);

    // Commit point 1 itself refuses a post not due on the database's clock, whatever the caller read.
    const batches = mod.get(PublishWriteBatches);
    const row = await batches.find(post.id);
    const early = await batches.beginSend({
      id: post.id,
      version: post.version,
      owner: 'w-ahead-2',
      claim: true,
      content: row!.content,
      prepared: { text: row!.content.text, mediaIds: [] } as never,
      leaseMs: LEASE_MS,
      attemptId: '00000000-0000-4000-8000-000000000001',
      workerId: 'w-ahead-2',
    });
    expect(early).toBeNull();

    // The database's clock reaches the minute: now it goes, once.
    await ctx.dataSource.query(`UPDATE warta_clock SET offset_ms = 61000`);
    const sent = await mod.get(PublishStep).execute(post.id, post.version, 'w-ahead-3');
    expect(sent.outcome).toBe('done');
    expect(await state(post.id)).toBe(PostState.Published);
    expect(await sentWith(post.marker)).toHaveLength(1);
  }, 60_000);

  it('a lease runs out on the database clock, not on the clock of the worker that wants it', async () => {
    const post = await scheduledXPost(0);
    const repo = mod.get(PublishingPostsRepository);
    const waiting = [PostState.Scheduled, PostState.Queued, PostState.RetryWait];
    const a = await repo.claim(post.id, post.version, waiting, PostState.Preparing, 'w-a', null, LEASE_MS);
    expect(a?.leaseOwner).toBe('w-a');
    // Worker B's clock is 3 minutes ahead: by it, A's lease ran out long ago. Not by the database's.
    const b = await repo.claim(
      post.id,
      post.version,
      [PostState.Preparing],
      PostState.Preparing,
      'w-b',
      null,
      LEASE_MS,
    );
    expect(b).toBeNull();
    // And the engine, run by B, waits for the lease instead of taking the post over.
    const r = await mod.get(PublishStep).execute(post.id, post.version, 'w-b');
    expect(r.outcome).toBe('delay');
    const [row] = await ctx.dataSource.query(`SELECT state, lease_owner FROM posts WHERE id = $1`, [post.id]);
    expect(row).toEqual({ state: PostState.Preparing, lease_owner: 'w-a' });
    // Past the lease on the database's clock, B may take it.
    await ctx.dataSource.query(`UPDATE warta_clock SET offset_ms = $1`, [LEASE_MS + 500]);
    const taken = await repo.claim(
      post.id,
      post.version,
      [PostState.Preparing],
      PostState.Preparing,
      'w-b',
      null,
      LEASE_MS,
    );
    expect(taken?.leaseOwner).toBe('w-b');
  }, 60_000);

  it('a worker paused between commit point 1 and its request gives the send up, and the post goes once', async () => {
    const post = await scheduledXPost(0);
    const batches = mod.get(PublishWriteBatches);
    const realBeginSend = batches.beginSend.bind(batches);
    let paused = 0;
    // The first commit point 1 answers, then the worker "freezes" until its lease has less time
    // left than the connector timeout (a GC storm, SIGSTOP, a frozen VM).
    batches.beginSend = async (send) => {
      const row = await realBeginSend(send);
      if (row && paused++ === 0) await new Promise((r) => setTimeout(r, LEASE_MS - TIMEOUT_MS + 300));
      return row;
    };
    try {
      const r = await mod.get(PublishStep).execute(post.id, post.version, 'w-paused');
      expect(r.outcome).toBe('done');
    } finally {
      batches.beginSend = realBeginSend;
    }
    expect(paused).toBe(2);
    const attempts: { outcome: string; error_class: string | null }[] = await ctx.dataSource.query(
      `SELECT outcome, error_class FROM publish_attempts WHERE post_id = $1 AND kind = 'post' ORDER BY started_at`,
      [post.id],
    );
    expect(attempts).toEqual([
      { outcome: 'absent', error_class: 'lease_lost' },
      { outcome: 'sent', error_class: null },
    ]);
    expect(await state(post.id)).toBe(PostState.Published);
    expect(await sentWith(post.marker)).toHaveLength(1);
  }, 60_000);

  it('a paused worker whose post was taken over meanwhile sends nothing when it wakes', async () => {
    const post = await scheduledXPost(0);
    const batches = mod.get(PublishWriteBatches);
    const realBeginSend = batches.beginSend.bind(batches);
    let wake!: () => void;
    const frozen = new Promise<void>((r) => (wake = r));
    let reachedCommit!: () => void;
    const committed = new Promise<void>((r) => (reachedCommit = r));
    batches.beginSend = async (send) => {
      const row = await realBeginSend(send);
      if (send.owner === 'w-frozen') {
        reachedCommit();
        await frozen;
      }
      return row;
    };
    try {
      const zombie = mod.get(PublishStep).execute(post.id, post.version, 'w-frozen');
      await committed;
      // Past the lease on the database's clock: another worker takes over, reconciles (nothing on
      // the platform, and the send is surely over) and sends it.
      await ctx.dataSource.query(`UPDATE warta_clock SET offset_ms = $1`, [LEASE_MS + TIMEOUT_MS + 16_000]);
      for (let i = 0; i < 5 && (await state(post.id)) !== PostState.Published; i++) {
        await mod.get(PublishStep).execute(post.id, post.version, `w-other-${i}`);
      }
      expect(await state(post.id)).toBe(PostState.Published);
      // The frozen worker's own time passes too (the lease check reads the monotonic clock).
      await new Promise((r) => setTimeout(r, LEASE_MS - TIMEOUT_MS + 300));
      wake();
      await zombie;
    } finally {
      batches.beginSend = realBeginSend;
    }
    expect(await sentWith(post.marker)).toHaveLength(1);
  }, 60_000);
});
