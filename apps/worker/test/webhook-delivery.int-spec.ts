import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configFromEnv, setEnv } from '@warta/config';
import { deriveWebhookSecret, Notifier, verifyWebhookSignature } from '@warta/notifications';
import { seedDemo } from '@warta/organizations';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { WorkerModule } from '../src/worker.module';

/** The real worker delivers the outbox on its own timer: no test calls the use case. */
describe('worker delivers webhooks (real Postgres, the worker module, a local receiver)', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let server: Server;
  let origin: string;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    setEnv({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `warta-test-${randomBytes(4).toString('hex')}`,
      WORKER_HEALTH_PORT: '0',
      AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), 'warta-audit-checkpoints-')),
    });
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(received.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    server?.closeAllConnections();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await db?.drop();
  });

  it('an event committed by anyone reaches the node webhook within seconds, signed', async () => {
    const seed = await seedDemo(db.dataSource, 'not-a-real-hash');
    const kanwil = seed.organizations['kanwil-bengkulu'];
    await db.dataSource.query(
      `INSERT INTO organization_webhooks (organization_id, url, events) VALUES ($1, $2, '{post_failed}')`,
      [kanwil, `${origin}/hook`],
    );
    await db.dataSource.transaction((m) =>
      app.get(Notifier).notify(m, {
        organizationId: seed.organizations['rutan-bengkulu'],
        kind: 'post_failed',
        reason: 'validation',
      }),
    );
    const deadline = Date.now() + 10_000;
    while (!received.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(1);
    const secret = deriveWebhookSecret(configFromEnv().notifications.webhookSecretKey, kanwil, 1);
    const r = received[0];
    expect(
      verifyWebhookSignature(
        secret,
        {
          timestamp: r.headers['x-warta-timestamp'] as string,
          signature: r.headers['x-warta-signature'] as string,
        },
        r.body,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(true);
    // The 500 is recorded and the retry waits out its 10 s backoff: more timer ticks send nothing.
    const rowState = async () =>
      (await db.dataSource.query(`SELECT status, attempts, last_status FROM webhook_deliveries`))[0];
    while ((await rowState()).last_status === null && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 100));
    }
    await new Promise((res) => setTimeout(res, 4_500));
    expect(received).toHaveLength(1);
    expect(await rowState()).toEqual({ status: 'pending', attempts: 1, last_status: 500 });
  });
});
