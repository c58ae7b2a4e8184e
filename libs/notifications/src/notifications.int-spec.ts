import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AppConfig, configFromEnv, setEnv } from '@warta/config';
import { FixedClock } from '@warta/core';
import { seedDemo, SeedResult } from '@warta/organizations';
import { aConnectedAccount, aPost, aRelease, createTestDatabase, TestDatabase } from '@warta/testing';
import { DeliverPendingWebhooks } from './deliver-pending-webhooks.use-case';
import { NotificationsRepository } from './notifications.repository';
import { NotificationKind } from './notification-kind';
import { Notifier } from './notifier.service';
import { OrganizationWebhooksRepository } from './organization-webhooks.repository';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookSender } from './webhook-sender.service';
import { deriveWebhookSecret, verifyWebhookSignature } from './webhook-signature';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A receiver on 127.0.0.1 that records every request and answers with the status the test sets per path. */
async function startReceiver() {
  const received: Received[] = [];
  const statusFor = new Map<string, number>();
  const hang = new Set<string>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body });
      if (hang.has(path)) return; // never answers: the sender's timeout must fire
      res.writeHead(statusFor.get(path) ?? 204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    statusFor,
    hang,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('notifications and webhooks (real Postgres, a real HTTP receiver)', () => {
  let db: TestDatabase;
  let seed: SeedResult;
  let config: AppConfig;
  let clock: FixedClock;
  let notifier: Notifier;
  let webhooks: OrganizationWebhooksRepository;
  let deliveries: WebhookDeliveriesRepository;
  let deliver: DeliverPendingWebhooks;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const org = (slug: string) => seed.organizations[slug];
  const count = async (table: string) =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const notify = (
    slug: string,
    kind: NotificationKind = 'post_failed',
    extra: Record<string, unknown> = {},
  ) =>
    db.dataSource.transaction((m) =>
      notifier.notify(m, {
        organizationId: org(slug),
        kind,
        reason: 'validation',
        params: { platform: 'x', handle: slug },
        ...extra,
      }),
    );
  const setWebhook = (slug: string, path: string, events?: NotificationKind[]) =>
    db.dataSource.transaction(async (m) => {
      const existing = await webhooks.lock(m, org(slug));
      if (existing) {
        await webhooks.update(m, org(slug), {
          url: `${receiver.origin}${path}`,
          events,
          active: true,
          at: clock.now(),
        });
      } else {
        await webhooks.insert(m, {
          organizationId: org(slug),
          url: `${receiver.origin}${path}`,
          events: events ?? ['post_failed', 'post_needs_review', 'account_needs_reconnect'],
          createdBy: seed.users['admin@warta.local'],
          at: clock.now(),
        });
      }
    });
  const deliveryRows = async () =>
    db.dataSource.query<
      {
        webhook_slug: string;
        status: string;
        attempts: number;
        last_status: number | null;
        last_error: string | null;
      }[]
    >(
      `SELECT o.slug AS webhook_slug, d.status, d.attempts, d.last_status, d.last_error
         FROM webhook_deliveries d JOIN organizations o ON o.id = d.webhook_organization_id ORDER BY o.depth, o.slug`,
    );

  beforeAll(async () => {
    setEnv({ NODE_ENV: 'test', WEBHOOK_TIMEOUT_MS: '400' });
    config = configFromEnv();
    db = await createTestDatabase();
    seed = await seedDemo(db.dataSource, `not-a-real-hash-${randomBytes(4).toString('hex')}`);
    receiver = await startReceiver();
    clock = new FixedClock(new Date());
    webhooks = new OrganizationWebhooksRepository(db.dataSource);
    deliveries = new WebhookDeliveriesRepository(db.dataSource);
    notifier = new Notifier(clock, new NotificationsRepository(db.dataSource), deliveries);
    deliver = new DeliverPendingWebhooks(config, clock, deliveries, new WebhookSender(config));
    (deliver as unknown as { logger: { warn: () => void } }).logger = { warn: () => undefined };
  });
  afterAll(async () => {
    setEnv({ WEBHOOK_TIMEOUT_MS: undefined });
    await receiver?.close();
    await db?.drop();
  });
  beforeEach(async () => {
    await db.dataSource.query(`DELETE FROM webhook_deliveries`);
    await db.dataSource.query(`DELETE FROM notifications`);
    await db.dataSource.query(`UPDATE organization_webhooks SET active = false`);
    receiver.received.length = 0;
    receiver.statusFor.clear();
    receiver.hang.clear();
  });

  it('notify inside a transaction that rolls back leaves neither a notification nor a delivery', async () => {
    await setWebhook('rutan-bengkulu', '/rutan');
    await expect(
      db.dataSource.transaction(async (m) => {
        await notifier.notify(m, {
          organizationId: org('rutan-bengkulu'),
          kind: 'post_failed',
          reason: 'too_late',
        });
        expect((await m.query(`SELECT count(*)::int AS n FROM webhook_deliveries`))[0].n).toBe(1);
        throw new Error('the publishing transaction failed after notifying');
      }),
    ).rejects.toThrow('after notifying');
    expect(await count('notifications')).toBe(0);
    expect(await count('webhook_deliveries')).toBe(0);
    await expect(
      notifier.notify(db.dataSource.manager, {
        organizationId: org('rutan-bengkulu'),
        kind: 'post_failed',
        reason: 'x',
      }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('delivers a signed event the receiver can verify, to the node and every subscribed ancestor', async () => {
    await setWebhook('rutan-bengkulu', '/rutan');
    await setWebhook('kanwil-bengkulu', '/kanwil', ['post_failed']);
    await setWebhook('ditjenpas', '/ditjen');
    await setWebhook('lapas-bengkulu', '/lapas'); // a sibling: never gets rutan's events
    await setWebhook('kanwil-sumut', '/sumut'); // another region: never either

    await notify('rutan-bengkulu', 'post_failed', {
      params: { platform: 'x', releaseTitle: 'Bakti Sosial' },
    });
    await notify('rutan-bengkulu', 'post_needs_review', { reason: 'ambiguous_match' });
    // kanwil subscribed to post_failed only: 2 (rutan) + 1 (kanwil) + 2 (ditjen).
    expect((await deliveryRows()).map((r) => r.webhook_slug).sort()).toEqual(
      ['ditjenpas', 'ditjenpas', 'kanwil-bengkulu', 'rutan-bengkulu', 'rutan-bengkulu'].sort(),
    );

    const run = await deliver.execute();
    expect(run).toEqual({ claimed: 5, delivered: 5, retrying: 0, failed: 0 });
    expect(receiver.received.map((r) => r.path).sort()).toEqual(
      ['/ditjen', '/ditjen', '/kanwil', '/rutan', '/rutan'].sort(),
    );
    expect((await deliveryRows()).every((r) => r.status === 'delivered' && r.last_status === 204)).toBe(true);

    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    for (const r of receiver.received) {
      const owner = { '/rutan': 'rutan-bengkulu', '/kanwil': 'kanwil-bengkulu', '/ditjen': 'ditjenpas' }[
        r.path
      ]!;
      const secret = deriveWebhookSecret(config.notifications.webhookSecretKey, org(owner), 1);
      const headers = {
        timestamp: r.headers['x-warta-timestamp'] as string,
        signature: r.headers['x-warta-signature'] as string,
      };
      expect(verifyWebhookSignature(secret, headers, r.body, nowSeconds)).toBe(true);
      // Another node's secret does not verify it.
      const other = deriveWebhookSecret(config.notifications.webhookSecretKey, org('lapas-bengkulu'), 1);
      expect(verifyWebhookSignature(other, headers, r.body, nowSeconds)).toBe(false);
      expect(r.headers['content-type']).toBe('application/json');
      const payload = JSON.parse(r.body);
      expect(r.headers['x-warta-event']).toBe(payload.event);
      expect(r.headers['x-warta-delivery']).toMatch(/^[0-9a-f-]{36}$/);
      expect(payload.organization).toEqual({ id: org('rutan-bengkulu'), name: 'Rutan Kelas IIB Bengkulu' });
    }
    const failed = receiver.received.find((r) => r.path === '/kanwil')!;
    expect(JSON.parse(failed.body)).toEqual({
      id: expect.any(String),
      event: 'post_failed',
      occurredAt: clock.now().toISOString(),
      organization: { id: org('rutan-bengkulu'), name: 'Rutan Kelas IIB Bengkulu' },
      reason: 'validation',
      params: { platform: 'x', releaseTitle: 'Bakti Sosial' },
    });
    // Nothing is sent twice.
    expect(await deliver.execute()).toEqual({ claimed: 0, delivered: 0, retrying: 0, failed: 0 });
  });

  it('retries after a 500 with backoff and delivers once the receiver recovers', async () => {
    await setWebhook('lapas-bengkulu', '/flaky');
    receiver.statusFor.set('/flaky', 500);
    await notify('lapas-bengkulu');
    expect(await deliver.execute()).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await deliveryRows()).toEqual([
      {
        webhook_slug: 'lapas-bengkulu',
        status: 'pending',
        attempts: 1,
        last_status: 500,
        last_error: 'HTTP 500',
      },
    ]);
    // Not due before the 10 s backoff.
    clock.advance(9_000);
    expect((await deliver.execute()).claimed).toBe(0);
    clock.advance(1_000);
    receiver.statusFor.set('/flaky', 200);
    expect(await deliver.execute()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await deliveryRows()).toEqual([
      {
        webhook_slug: 'lapas-bengkulu',
        status: 'delivered',
        attempts: 2,
        last_status: 200,
        last_error: null,
      },
    ]);
    const ids = receiver.received.map((r) => r.headers['x-warta-delivery']);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]); // the same delivery id on a retry: receivers de-duplicate on it
  });

  it('a receiver that never answers times out; after 8 failed attempts the delivery is failed for good', async () => {
    await setWebhook('bapas-bengkulu', '/slow');
    receiver.hang.add('/slow');
    await notify('bapas-bengkulu');
    const started = Date.now();
    expect(await deliver.execute()).toMatchObject({ claimed: 1, retrying: 1 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await deliveryRows())[0]).toMatchObject({
      attempts: 1,
      last_status: null,
      last_error: 'timeout after 400 ms',
    });
    receiver.hang.clear();
    receiver.statusFor.set('/slow', 503);
    for (let attempt = 2; attempt <= 8; attempt++) {
      clock.advance(3_600_000);
      expect((await deliver.execute()).claimed).toBe(1);
    }
    expect(await deliveryRows()).toEqual([
      {
        webhook_slug: 'bapas-bengkulu',
        status: 'failed',
        attempts: 8,
        last_status: 503,
        last_error: 'HTTP 503',
      },
    ]);
    clock.advance(3_600_000);
    expect((await deliver.execute()).claimed).toBe(0);
  });

  it('in production a name that resolves to loopback, or a private literal address, is refused before connecting', async () => {
    const production = new WebhookSender({
      ...config,
      notifications: { ...config.notifications, blockPrivateWebhookHosts: true },
    });
    const port = new URL(receiver.origin).port;
    const byName = await production.post({ url: `http://localhost:${port}/prod`, headers: {}, body: '{}' });
    expect(byName).toEqual({ status: null, error: expect.stringMatching(/resolves to a private address/) });
    const literal = await production.post({ url: `http://127.0.0.1:${port}/prod`, headers: {}, body: '{}' });
    expect(literal).toEqual({ status: null, error: expect.stringMatching(/is a private address/) });
    expect(receiver.received).toEqual([]);
    // The same request outside production reaches the receiver.
    const dev = await new WebhookSender(config).post({
      url: `http://localhost:${port}/prod`,
      headers: {},
      body: '{}',
    });
    expect(dev).toEqual({ status: 204, error: null });
    expect(receiver.received).toHaveLength(1);
  });

  it('two workers claiming at once never take the same delivery', async () => {
    await setWebhook('ditjenpas', '/ditjen');
    for (let i = 0; i < 6; i++) await notify('lpka-bengkulu');
    const [a, b] = await Promise.all([
      deliveries.claimDue(clock.now(), 4, 60_000),
      deliveries.claimDue(clock.now(), 4, 60_000),
    ]);
    const ids = [...a, ...b].map((d) => d.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    // Claimed rows are leased: nobody else takes them until the lease runs out.
    expect(await deliveries.claimDue(clock.now(), 10, 60_000)).toEqual([]);
  });

  it('an inactive webhook gets nothing; a post event carries the post and its account', async () => {
    await setWebhook('rutan-medan', '/medan');
    await db.dataSource.query(`UPDATE organization_webhooks SET active = false WHERE organization_id = $1`, [
      org('rutan-medan'),
    ]);
    await notify('rutan-medan');
    expect(await count('webhook_deliveries')).toBe(0);
    expect(await count('notifications')).toBe(1);

    await setWebhook('rutan-medan', '/medan');
    const account = await aConnectedAccount(db.dataSource, {
      organizationId: org('rutan-medan'),
      platform: 'instagram',
      handle: 'rutanmedan',
    });
    const release = await aRelease(db.dataSource, { organizationId: org('rutan-medan') });
    const post = await aPost(db.dataSource, {
      socialAccountId: account.id,
      releaseId: release.id,
      state: 'needs_review',
    });
    await notify('rutan-medan', 'post_needs_review', { postId: post.id, reason: 'ambiguous_match' });
    await deliver.execute();
    const payload = JSON.parse(receiver.received[0].body);
    expect(payload.post).toEqual({
      id: post.id,
      releaseId: release.id,
      platform: 'instagram',
      state: 'needs_review',
      permalink: null,
      publishAt: null,
    });
    expect(payload.account).toEqual({
      id: account.id,
      platform: 'instagram',
      handle: 'rutanmedan',
      status: 'active',
    });
    // Deleting the post takes its notifications (and their deliveries) with it.
    await db.dataSource.query(`DELETE FROM posts WHERE id = $1`, [post.id]);
    expect(await db.dataSource.query(`SELECT kind FROM notifications ORDER BY created_at`)).toEqual([
      { kind: 'post_failed' },
    ]);
  });
});
