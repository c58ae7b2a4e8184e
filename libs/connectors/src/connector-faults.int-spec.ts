import { FixedClock } from '@warta/core';
import { startTestSandbox, TestSandbox } from '../../../apps/sandbox/src/testing/sandbox-test-kit';
import type { SeedResult } from '../../../apps/sandbox/src';
import { ConnectorError, ConnectorErrorKind } from './connector-error';
import { ConnectorRegistry } from './connector-registry';
import { createConnectorRegistry } from './connectors.factory';
import { ConnectorCredentials, PublishRequest } from './social-connector';
import { fixtureUrl, journal, lastSeq, uniqueText } from './testing/connector-contract';
import { XOAuthProvider } from './x/x-oauth.provider';

/*
 * Each sandbox fault, scripted through the control API, must surface as the ConnectorError kind the
 * worker acts on. One sandbox per platform block, with a short client timeout so hangs are cheap.
 */

const TIMEOUT_MS = 400;

interface World {
  sandbox: TestSandbox;
  registry: ConnectorRegistry;
  seeded: SeedResult;
  clock: FixedClock;
}

async function world(): Promise<World> {
  const sandbox = await startTestSandbox({ frozenClock: true });
  const seeded = await sandbox.seed({
    x: [{ username: 'gangguan_x' }, { username: 'gangguan_x2' }],
    facebook: [
      {
        name: 'Admin Gangguan',
        pages: [
          { name: 'Halaman Gangguan', instagram: { username: 'gangguan.ig' } },
          { name: 'Halaman Cabut' },
        ],
      },
    ],
  });
  const clock = new FixedClock(sandbox.clock.now());
  const registry = createConnectorRegistry(
    {
      xApiOrigin: sandbox.xOrigin,
      graphOrigin: sandbox.graphOrigin,
      xClientId: 'warta-sandbox-x-client',
      xClientSecret: 'warta-sandbox-x-secret',
      facebookAppId: 'warta-sandbox-app',
      facebookAppSecret: 'warta-sandbox-app-secret',
      usingSandbox: true,
    },
    clock,
    { timeoutMs: TIMEOUT_MS },
  );
  return { sandbox, registry, seeded, clock };
}

async function caught(p: Promise<unknown>): Promise<ConnectorError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ConnectorError);
    return e as ConnectorError;
  }
  throw new Error('expected a ConnectorError');
}

async function fault(sandbox: TestSandbox, rule: Record<string, unknown>): Promise<void> {
  await sandbox.control('POST', 'faults', { rules: [rule], replace: true });
}

describe('X faults -> ConnectorError kinds', () => {
  let w: World;
  let creds: ConnectorCredentials;
  const text = (): PublishRequest => ({ text: uniqueText('gangguan'), media: [] });
  const send = (req = text()) =>
    w.registry.connector('x').send(creds, {
      platform: 'x',
      text: req.text,
      link: null,
      mediaIds: [],
      containerId: null,
      childContainerIds: [],
    });

  beforeAll(async () => {
    w = await world();
    creds = { externalId: w.seeded.x[0].id, accessToken: w.seeded.x[0].accessToken! };
  });
  afterAll(() => w.sandbox.close());
  afterEach(() => w.sandbox.control('DELETE', 'faults'));

  it('429 -> rate_limited with the latest reset from the headers', async () => {
    const reset = Math.floor(w.sandbox.clock.now().getTime() / 1000) + 900;
    const day = reset + 3_600;
    await fault(w.sandbox, {
      origin: 'x',
      method: 'POST',
      pathRegex: '^/2/tweets$',
      action: {
        status: 429,
        headers: {
          'x-rate-limit-limit': '100',
          'x-rate-limit-remaining': '5',
          'x-rate-limit-reset': String(reset),
          'x-user-limit-24hour-limit': '17',
          'x-user-limit-24hour-remaining': '0',
          'x-user-limit-24hour-reset': String(day),
        },
      },
    });
    const e = await caught(send());
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt?.getTime()).toBe(day * 1000);
  });

  it('monthly cap -> quota', async () => {
    await w.sandbox.control('POST', 'profile', { x: { monthlyPostCap: 0 } });
    try {
      expect((await caught(send())).kind).toBe('quota');
    } finally {
      await w.sandbox.control('POST', 'profile', { x: { monthlyPostCap: null } });
    }
  });

  it('duplicate text -> duplicate (maybe already posted)', async () => {
    const req = text();
    await send(req);
    expect((await caught(send(req))).kind).toBe('duplicate');
  });

  it('expired access token -> auth_expired', async () => {
    const t = await w.sandbox.control<{ accessToken: string }>('POST', 'tokens', {
      platform: 'x',
      userId: w.seeded.x[1].id,
      expiresInSeconds: 1,
    });
    await w.sandbox.control('POST', 'clock', { advanceSeconds: 5 });
    const e = await caught(
      w.registry
        .connector('x')
        .fetchAccountStats({ externalId: w.seeded.x[1].id, accessToken: t.accessToken }),
    );
    expect(e.kind).toBe('auth_expired');
  });

  it('revoked refresh token -> auth_revoked on refresh', async () => {
    const t = await w.sandbox.control<{ refreshToken: string }>('POST', 'tokens', {
      platform: 'x',
      userId: w.seeded.x[1].id,
    });
    await w.sandbox.control('POST', 'tokens/revoke', { token: t.refreshToken });
    const provider = w.registry.oauthProvider('x') as XOAuthProvider;
    expect((await caught(provider.refresh(t.refreshToken))).kind).toBe('auth_revoked');
  });

  it('rotated refresh token used twice -> auth_revoked, the new one works', async () => {
    const t = await w.sandbox.control<{ refreshToken: string }>('POST', 'tokens', {
      platform: 'x',
      userId: w.seeded.x[1].id,
    });
    const provider = w.registry.oauthProvider('x')!;
    const next = await provider.refresh(t.refreshToken);
    expect(next.refreshToken).toBeTruthy();
    expect(next.refreshToken).not.toBe(t.refreshToken);
    expect((await caught(provider.refresh(t.refreshToken))).kind).toBe('auth_revoked');
  });

  it.each([
    ['5xx on send -> unknown_outcome', { status: 503 }, 'unknown_outcome'],
    [
      'hang past the client timeout on send -> unknown_outcome',
      { delayMs: TIMEOUT_MS * 4 },
      'unknown_outcome',
    ],
    [
      'truncated body on send -> unknown_outcome',
      { status: 201, commit: true, truncate: true },
      'unknown_outcome',
    ],
  ] as const)('%s', async (_name, action, kind) => {
    await fault(w.sandbox, { origin: 'x', method: 'POST', pathRegex: '^/2/tweets$', action });
    expect((await caught(send())).kind).toBe(kind as ConnectorErrorKind);
  });

  it('5xx on a read -> transient (safe to retry)', async () => {
    await fault(w.sandbox, {
      origin: 'x',
      method: 'GET',
      pathRegex: '^/2/users/me$',
      action: { status: 500 },
    });
    expect((await caught(w.registry.connector('x').fetchAccountStats(creds))).kind).toBe('transient');
  });

  it('drop after commit -> unknown_outcome, and reconciliation finds the post', async () => {
    const since = new Date(w.sandbox.clock.now().getTime() - 1_000);
    await fault(w.sandbox, {
      origin: 'x',
      method: 'POST',
      pathRegex: '^/2/tweets$',
      action: { drop: 'afterCommit' },
    });
    const req = text();
    const before = await lastSeq(w.sandbox);
    expect((await caught(send(req))).kind).toBe('unknown_outcome');
    expect((await journal(w.sandbox, before)).filter((e) => e.path === '/2/tweets')).toHaveLength(1);
    const recent = await w.registry.connector('x').findRecentPosts(creds, { since });
    expect(recent.posts.filter((p) => p.text === req.text)).toHaveLength(1);
  });
});

describe('Facebook faults -> ConnectorError kinds', () => {
  let w: World;
  let creds: ConnectorCredentials;
  const send = (message = uniqueText('gangguan-fb')) =>
    w.registry.connector('facebook').send(creds, {
      platform: 'facebook',
      text: message,
      link: null,
      mediaIds: [],
      containerId: null,
      childContainerIds: [],
    });

  beforeAll(async () => {
    w = await world();
    const page = w.seeded.facebook[0].pages[0];
    creds = { externalId: page.id, accessToken: page.accessToken! };
  });
  afterAll(() => w.sandbox.close());
  afterEach(() => w.sandbox.control('DELETE', 'faults'));

  it('rate limit as HTTP 400 (code 80001) -> rate_limited, reset from the usage header', async () => {
    await fault(w.sandbox, {
      origin: 'graph',
      method: 'POST',
      pathRegex: '/feed$',
      action: {
        status: 400,
        body: {
          error: {
            message: '(#80001) There have been too many calls to this Page account.',
            type: 'OAuthException',
            code: 80001,
            fbtrace_id: 'Afault',
          },
        },
        headers: {
          'x-business-use-case-usage': JSON.stringify({
            [creds.externalId]: [
              {
                type: 'pages',
                call_count: 100,
                total_cputime: 20,
                total_time: 20,
                estimated_time_to_regain_access: 7,
              },
            ],
          }),
        },
      },
    });
    const e = await caught(send());
    expect(e.status).toBe(400);
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt?.getTime()).toBe(w.clock.now().getTime() + 7 * 60_000);
  });

  it('sandbox budget exhausted (code 4, HTTP 400) -> rate_limited', async () => {
    await w.sandbox.control('POST', 'profile', { graphRate: { appCallsPerHour: 1 } });
    try {
      await w.registry
        .connector('facebook')
        .fetchAccountStats(creds)
        .catch(() => undefined);
      const e = await caught(w.registry.connector('facebook').fetchAccountStats(creds));
      expect(e.status).toBe(400);
      expect(e.kind).toBe('rate_limited');
    } finally {
      await w.sandbox.control('POST', 'profile', { graphRate: { appCallsPerHour: null } });
    }
  });

  it('expired token (190/463) -> auth_expired', async () => {
    await fault(w.sandbox, {
      origin: 'graph',
      pathRegex: '/feed$',
      action: {
        status: 400,
        body: {
          error: {
            message: 'Error validating access token: Session has expired',
            type: 'OAuthException',
            code: 190,
            error_subcode: 463,
            fbtrace_id: 'A1',
          },
        },
      },
    });
    expect((await caught(send())).kind).toBe('auth_expired');
  });

  it('revoked Page token (190/460) -> auth_revoked', async () => {
    const other = w.seeded.facebook[0].pages[1];
    await w.sandbox.control('POST', 'tokens/revoke', { token: other.accessToken, subcode: 460 });
    const e = await caught(
      w.registry
        .connector('facebook')
        .fetchAccountStats({ externalId: other.id, accessToken: other.accessToken! }),
    );
    expect(e.kind).toBe('auth_revoked');
    expect(e.message).not.toContain(other.accessToken!);
  });

  it('duplicate message (506) -> duplicate', async () => {
    const m = uniqueText('dup');
    await send(m);
    expect((await caught(send(m))).kind).toBe('duplicate');
  });

  it.each([
    ['5xx on send -> unknown_outcome', { status: 500 }, 'unknown_outcome'],
    [
      'hang past the client timeout on send -> unknown_outcome',
      { delayMs: TIMEOUT_MS * 4 },
      'unknown_outcome',
    ],
  ] as const)('%s', async (_n, action, kind) => {
    await fault(w.sandbox, { origin: 'graph', method: 'POST', pathRegex: '/feed$', action });
    expect((await caught(send())).kind).toBe(kind);
  });

  it('transient code 2 on a read -> transient', async () => {
    await fault(w.sandbox, {
      origin: 'graph',
      method: 'GET',
      pathRegex: `/${creds.externalId}$`,
      action: { status: 500 },
    });
    expect((await caught(w.registry.connector('facebook').fetchAccountStats(creds))).kind).toBe('transient');
  });

  it('drop after commit -> unknown_outcome, and published_posts finds the post', async () => {
    const since = new Date(w.sandbox.clock.now().getTime() - 1_000);
    await fault(w.sandbox, {
      origin: 'graph',
      method: 'POST',
      pathRegex: '/feed$',
      action: { drop: 'afterCommit' },
    });
    const m = uniqueText('putus');
    expect((await caught(send(m))).kind).toBe('unknown_outcome');
    const recent = await w.registry.connector('facebook').findRecentPosts(creds, { since });
    expect(recent.posts.filter((p) => p.text === m)).toHaveLength(1);
  });
});

describe('Instagram faults -> ConnectorError kinds', () => {
  let w: World;
  let creds: ConnectorCredentials;
  const photo = (name = 'photo-1080x1350.jpg') => ({
    kind: 'image' as const,
    url: fixtureUrl(w.sandbox, name),
  });

  beforeAll(async () => {
    w = await world();
    const page = w.seeded.facebook[0].pages[0];
    creds = { externalId: page.instagram!.id, parentExternalId: page.id, accessToken: page.accessToken! };
  });
  afterAll(() => w.sandbox.close());
  afterEach(() => w.sandbox.control('DELETE', 'faults'));

  const ig = () => w.registry.connector('instagram');

  it('publish before FINISHED -> not_ready (and prepare says when to look again)', async () => {
    const r = await ig().prepare(creds, { text: uniqueText('dini'), media: [photo()] });
    expect(r.status).toBe('not_ready');
    const e = await caught(ig().send(creds, r.prepared));
    expect(e.kind).toBe('not_ready');
  });

  it('container ERROR (unsupported video) -> validation, discard the container', async () => {
    const first = await ig().prepare(creds, {
      text: uniqueText('video'),
      media: [{ kind: 'video', url: fixtureUrl(w.sandbox, 'broken.mp4') }],
    });
    expect(first.status).toBe('not_ready');
    await w.sandbox.control('POST', 'clock', { advanceSeconds: 60 });
    const e = await caught(ig().prepare(creds, { text: 'x', media: [] }, first.prepared));
    expect(e.kind).toBe('validation');
    expect(e.discardPrepared).toBe(true);
  });

  it('media the platform rejects at creation (aspect ratio) -> validation', async () => {
    const e = await caught(
      ig().prepare(creds, { text: uniqueText('rasio'), media: [photo('wide-3000x1000.jpg')] }),
    );
    expect(e.kind).toBe('validation');
  });

  it('rate limit 80002 as HTTP 400 -> rate_limited', async () => {
    await fault(w.sandbox, {
      origin: 'graph',
      method: 'POST',
      pathRegex: '/media$',
      action: {
        status: 400,
        body: {
          error: {
            message: '(#80002) There have been too many calls to this Instagram account.',
            type: 'OAuthException',
            code: 80002,
            fbtrace_id: 'A2',
          },
        },
      },
    });
    const e = await caught(ig().prepare(creds, { text: uniqueText('batas'), media: [photo()] }));
    expect(e.kind).toBe('rate_limited');
    expect(e.resetAt).toBeInstanceOf(Date);
  });

  it('publishing quota used up (9/2207042) -> quota', async () => {
    await w.sandbox.control('POST', 'profile', { instagram: { quotaTotal: 0 } });
    try {
      const r = await ig().prepare(creds, { text: uniqueText('kuota'), media: [photo()] });
      await w.sandbox.control('POST', 'clock', { advanceSeconds: 5 });
      const ready = await ig().prepare(creds, { text: 'x', media: [photo()] }, r.prepared);
      expect(ready.status).toBe('ready');
      expect((await caught(ig().send(creds, ready.prepared))).kind).toBe('quota');
    } finally {
      await w.sandbox.control('POST', 'profile', { instagram: { quotaTotal: 100 } });
    }
  });

  it('drop after media_publish commits -> unknown_outcome; the container reads PUBLISHED', async () => {
    const since = new Date(w.sandbox.clock.now().getTime() - 1_000);
    const r = await ig().prepare(creds, { text: uniqueText('putus-ig'), media: [photo()] });
    await w.sandbox.control('POST', 'clock', { advanceSeconds: 5 });
    const ready = await ig().prepare(creds, { text: 'x', media: [photo()] }, r.prepared);
    await fault(w.sandbox, {
      origin: 'graph',
      method: 'POST',
      pathRegex: '/media_publish$',
      action: { drop: 'afterCommit' },
    });
    expect((await caught(ig().send(creds, ready.prepared))).kind).toBe('unknown_outcome');
    const recent = await ig().findRecentPosts(creds, { since, containerId: ready.prepared.containerId });
    expect(recent.containerStatus).toBe('PUBLISHED');
    expect(recent.posts).toHaveLength(1);
  });

  it('container EXPIRED (not published within 24 h) -> transient, discard the container', async () => {
    const r = await ig().prepare(creds, { text: uniqueText('kedaluwarsa'), media: [photo()] });
    await w.sandbox.control('POST', 'clock', { advanceSeconds: 25 * 3_600 });
    const e = await caught(ig().prepare(creds, { text: 'x', media: [photo()] }, r.prepared));
    expect(e.kind).toBe('transient');
    expect(e.discardPrepared).toBe(true);
  });
});
