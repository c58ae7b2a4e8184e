import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { configFromEnv, setEnv } from '@warta/config';
import { PasswordHasher } from '@warta/identity';
import { DEMO_USERS, seedDemo, SeedResult } from '@warta/organizations';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildApiApp } from '../src/build-api-app';

export const DEMO_PASSWORD = 'warta-demo';

let cachedHash: Promise<string> | undefined;
function demoHash(): Promise<string> {
  cachedHash ??= new PasswordHasher().hash(DEMO_PASSWORD);
  return cachedHash;
}

export interface ApiTestContext {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: TestDatabase;
  dataSource: DataSource;
  seed: SeedResult;
  /** Where this file's uploads and renditions are stored (a temp dir unless MEDIA_DIR is given). */
  mediaDir: string;
  /** Logs in as a demo user (by the part of the email before '@') and returns a bearer header. */
  tokenFor(user: string): Promise<string>;
  org(slug: string): string;
  userId(user: string): string;
  close(): Promise<void>;
}

/**
 * The real api over a database of its own (cloned from the migrated template) and a queue prefix
 * of its own, seeded with the demo tree. Nothing is mocked.
 */
export async function createApiTestContext(env: Record<string, string> = {}): Promise<ApiTestContext> {
  const db = await createTestDatabase();
  // Uploads never land in the working tree, and test files never see each other's files.
  const ownMediaDir = env.MEDIA_DIR ? null : mkdtempSync(join(tmpdir(), 'warta-media-'));
  const mediaDir = env.MEDIA_DIR ?? ownMediaDir!;
  setEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: `warta-test-${randomBytes(4).toString('hex')}`,
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    MEDIA_DIR: mediaDir,
    // Audit checkpoints (written by the worker's job) never land in the working tree either.
    AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), 'warta-audit-checkpoints-')),
    ...env,
  });
  const seed = await seedDemo(db.dataSource, await demoHash());
  const app = await buildApiApp(configFromEnv());
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const emailOf = (user: string) => {
    const u = DEMO_USERS.find((d) => d.email.startsWith(`${user}@`));
    if (!u) throw new Error(`no demo user ${user}`);
    return u.email;
  };
  return {
    app,
    http,
    db,
    dataSource: db.dataSource,
    seed,
    mediaDir,
    async tokenFor(user) {
      const cached = tokens.get(user);
      if (cached) return cached;
      const res = await http
        .post('/api/v1/auth/login')
        .send({ email: emailOf(user), password: DEMO_PASSWORD });
      if (res.status !== 200)
        throw new Error(`login as ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const header = `Bearer ${res.body.accessToken}`;
      tokens.set(user, header);
      return header;
    },
    org(slug) {
      const id = seed.organizations[slug];
      if (!id) throw new Error(`no demo node ${slug}`);
      return id;
    },
    userId(user) {
      return seed.users[emailOf(user)];
    },
    async close() {
      await app.close();
      await db.drop();
      if (ownMediaDir) rmSync(ownMediaDir, { recursive: true, force: true });
    },
  };
}
