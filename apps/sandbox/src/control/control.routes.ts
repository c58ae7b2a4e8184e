import { FaultInjector, FaultRuleError, FaultRuleInput } from '../core/fault-injector';
import { BodyParseError, readJson } from '../core/http-body';
import { HttpRouter } from '../core/http-router';
import { Handler, HttpResult, RequestContext, json } from '../core/http-types';
import { ENGAGEMENT_KEYS, REACTION_TYPES } from '../core/metrics-model';
import { RequestJournal } from '../core/request-journal';
import { mergeProfile } from '../core/sandbox-profile';
import { SandboxStore } from '../core/sandbox-store';
import { GraphRevokedSubcode } from '../core/sandbox-state';
import { VirtualClock } from '../core/virtual-clock';
import { fbPostMetrics } from '../graph/facebook-metrics';
import { igMediaMetrics } from '../graph/instagram-metrics';
import { DEFAULT_FB_SCOPES, issueUserToken, pageTokenFor } from '../graph/graph-token-issuer';
import { tweetMetrics } from '../x/x-metrics';
import { issueXTokens } from '../x/x-token-issuer';
import { AccountsSeed, DEFAULT_X_SCOPES, SeedError, SeedResult, seedAccounts } from './account-seeding';
import { seedPosts } from './post-seeding';
import { renderStateView } from './state-view';

export interface ControlDeps {
  store: SandboxStore;
  clock: VirtualClock;
  faults: FaultInjector;
  journal: RequestJournal;
  defaults: { xClientId: string; facebookAppId: string };
  reset(input: { seed: number; startAt?: Date; demoAccounts: boolean }): SeedResult | null;
  origins(): { x: string; graph: string };
}

class ControlError extends Error {}

const REVOKE_SUBCODES = [458, 460, 467, 492];

/**
 * The test-only control API under /__sandbox/ on both origins. Connectors never call it; tests
 * use it to seed accounts, move the clock, script faults and read the journal.
 */
export function createControlHandler(deps: ControlDeps): Handler {
  const { store, clock, faults, journal } = deps;
  const router = new HttpRouter();

  const clockView = () => ({
    now: clock.now().toISOString(),
    epochMs: clock.nowMs(),
    frozen: clock.isFrozen(),
  });

  router.on('POST', '/__sandbox/reset', (ctx) => {
    const b = body(ctx);
    const seed = b.seed === undefined ? store.state.seed : num(b.seed, 'seed');
    const startAt = b.startAt === undefined ? undefined : date(b.startAt, 'startAt');
    const accounts = deps.reset({ seed, startAt, demoAccounts: b.demoAccounts !== false });
    return json(200, { seed, clock: clockView(), demoAccounts: accounts });
  });

  router.on('GET', '/__sandbox/clock', () => json(200, clockView()));
  router.on('POST', '/__sandbox/clock', (ctx) => {
    const b = body(ctx);
    try {
      if (b.freeze !== undefined) clock.freeze(b.freeze === true);
      if (b.set !== undefined) clock.set(date(b.set, 'set'));
      if (b.advanceSeconds !== undefined) clock.advance(num(b.advanceSeconds, 'advanceSeconds'));
    } catch (e) {
      if (e instanceof RangeError) throw new ControlError(e.message);
      throw e;
    }
    store.changed();
    return json(200, clockView());
  });

  router.on('POST', '/__sandbox/accounts', (ctx) => {
    const result = seedAccounts(store, body(ctx) as AccountsSeed, deps.defaults);
    return json(201, result);
  });

  // Posts that went out earlier (the demo history): `{ "posts": [{ platform, accountId, text, createdAt }] }`.
  router.on('POST', '/__sandbox/posts', (ctx) => json(201, { posts: seedPosts(store, body(ctx).posts) }));

  router.on('POST', '/__sandbox/tokens', (ctx) => {
    const b = body(ctx);
    const now = clock.nowMs();
    if (b.platform === 'x') {
      const userId = str(b.userId, 'userId');
      if (!store.state.x.users[userId]) throw new ControlError(`unknown X user ${userId}`);
      const clientId = b.clientId === undefined ? deps.defaults.xClientId : str(b.clientId, 'clientId');
      if (!store.state.x.apps[clientId]) throw new ControlError(`unknown X client ${clientId}`);
      const t = issueXTokens(store, {
        userId,
        clientId,
        scopes: b.scopes === undefined ? DEFAULT_X_SCOPES : strings(b.scopes, 'scopes'),
        now,
        expiresInSeconds:
          b.expiresInSeconds === undefined ? undefined : num(b.expiresInSeconds, 'expiresInSeconds'),
        revoked: b.revoked === true,
      });
      return json(201, { ...t, expiresAt: new Date(t.expiresAt).toISOString() });
    }
    if (b.platform === 'facebook' || b.platform === 'instagram') {
      const userId = str(b.userId, 'userId');
      if (!store.state.graph.users[userId]) throw new ControlError(`unknown Facebook user ${userId}`);
      const appId = b.appId === undefined ? deps.defaults.facebookAppId : str(b.appId, 'appId');
      if (!store.state.graph.apps[appId]) throw new ControlError(`unknown Facebook app ${appId}`);
      const user = issueUserToken(store, {
        appId,
        userId,
        scopes: b.scopes === undefined ? DEFAULT_FB_SCOPES : strings(b.scopes, 'scopes'),
        now,
        longLived: b.longLived !== false,
        expiresInSeconds:
          b.expiresInSeconds === undefined ? undefined : num(b.expiresInSeconds, 'expiresInSeconds'),
      });
      const out: Record<string, unknown> = {
        userAccessToken: user.token,
        expiresAt: user.expiresAt === null ? null : new Date(user.expiresAt).toISOString(),
        scopes: user.scopes,
      };
      if (b.pageId !== undefined) {
        const pageId = str(b.pageId, 'pageId');
        const page = store.state.graph.pages[pageId];
        if (!page || !page.roles.some((r) => r.userId === userId))
          throw new ControlError(`user ${userId} has no role on Page ${pageId}`);
        out.pageAccessToken = pageTokenFor(store, user, pageId, now).token;
      }
      return json(201, out);
    }
    throw new ControlError('platform must be "x", "facebook" or "instagram"');
  });

  router.on('POST', '/__sandbox/tokens/revoke', (ctx) => {
    const b = body(ctx);
    const token = str(b.token, 'token');
    const x = store.state.x.accessTokens[token] ?? store.state.x.refreshTokens[token];
    if (x) {
      x.revoked = true;
      store.changed();
      return json(200, { revoked: true, platform: 'x' });
    }
    const g = store.state.graph.tokens[token];
    if (!g) throw new ControlError('unknown token');
    const subcode = b.subcode === undefined ? 460 : num(b.subcode, 'subcode');
    if (!REVOKE_SUBCODES.includes(subcode))
      throw new ControlError(`subcode must be one of ${REVOKE_SUBCODES.join(', ')}`);
    g.revokedSubcode = subcode as GraphRevokedSubcode;
    store.changed();
    return json(200, { revoked: true, platform: 'graph', subcode });
  });

  router.on('GET', '/__sandbox/profile', () => json(200, store.state.profile));
  router.on('POST', '/__sandbox/profile', (ctx) => {
    try {
      store.state.profile = mergeProfile(store.state.profile, body(ctx));
    } catch (e) {
      throw new ControlError((e as Error).message);
    }
    store.changed();
    return json(200, store.state.profile);
  });

  router.on('GET', '/__sandbox/faults', () => json(200, { rules: faults.list() }));
  router.on('POST', '/__sandbox/faults', (ctx) => {
    const raw = readBody(ctx);
    const list = Array.isArray(raw) ? raw : (raw as { rules?: unknown }).rules;
    if (!Array.isArray(list)) throw new ControlError('send an array of rules, or {"rules": [...]}');
    if (!Array.isArray(raw) && (raw as { replace?: unknown }).replace === true) faults.clear();
    try {
      return json(201, { rules: faults.add(list as FaultRuleInput[]) });
    } catch (e) {
      if (e instanceof FaultRuleError) throw new ControlError(e.message);
      throw e;
    }
  });
  router.on('DELETE', '/__sandbox/faults', () => {
    const cleared = faults.list().length;
    faults.clear();
    return json(200, { cleared });
  });

  router.on('POST', '/__sandbox/engage', (ctx) => json(200, engage(store, body(ctx))));

  router.on('GET', '/__sandbox/requests', (ctx) => {
    const q = ctx.query;
    const limit = q.get('limit');
    const status = q.get('status');
    try {
      return json(
        200,
        journal.list({
          path: q.get('path') ?? undefined,
          pathRegex: q.get('pathRegex') ?? undefined,
          method: q.get('method') ?? undefined,
          origin: q.get('origin') ?? undefined,
          since: q.get('since') ?? undefined,
          status: status === null ? undefined : Number(status),
          limit: limit === null ? undefined : Number(limit),
        }),
      );
    } catch (e) {
      throw new ControlError((e as Error).message);
    }
  });
  router.on('DELETE', '/__sandbox/requests', () => {
    journal.clear();
    return json(200, { cleared: true });
  });

  router.on('GET', '/__sandbox/state', (ctx) =>
    json(
      200,
      ctx.query.get('raw') === '1'
        ? { now: clockView(), state: store.state }
        : renderStateView(store, deps.origins()),
    ),
  );

  return (ctx: RequestContext): HttpResult => {
    const m = router.match(ctx.method, ctx.path);
    if (!m) return json(404, { error: `unknown control endpoint ${ctx.method} ${ctx.path}` });
    if ('methodNotAllowed' in m)
      return json(405, { error: `method ${ctx.method} not allowed on ${ctx.path}` });
    ctx.params = m.params;
    try {
      return m.handler(ctx) as HttpResult;
    } catch (e) {
      if (e instanceof ControlError || e instanceof SeedError || e instanceof BodyParseError)
        return json(400, { error: e.message });
      throw e;
    }
  };
}

function readBody(ctx: RequestContext): unknown {
  return readJson(ctx);
}

function body(ctx: RequestContext): Record<string, unknown> {
  const b = readJson(ctx);
  if (typeof b !== 'object' || b === null || Array.isArray(b))
    throw new ControlError('the body must be a JSON object');
  return b as Record<string, unknown>;
}

function num(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ControlError(`${name} must be a number`);
  return v;
}

function str(v: unknown, name: string): string {
  if (typeof v !== 'string' || !v) throw new ControlError(`${name} must be a non-empty string`);
  return v;
}

function strings(v: unknown, name: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new ControlError(`${name} must be an array of strings`);
  return v as string[];
}

function date(v: unknown, name: string): Date {
  const d = typeof v === 'number' ? new Date(v) : typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime()))
    throw new ControlError(`${name} must be an ISO 8601 date or epoch milliseconds`);
  return d;
}

/** Adds explicit engagement to a post (any platform) or followers to an account. */
function engage(store: SandboxStore, b: Record<string, unknown>): Record<string, unknown> {
  const s = store.state;
  const now = store.now();
  const target =
    typeof b.postId === 'string' ? b.postId : typeof b.accountId === 'string' ? b.accountId : null;
  if (!target) throw new ControlError('postId or accountId is required');
  const isAccount = typeof b.accountId === 'string';
  const e = (s.engagement[target] ??= {});
  const add = (key: string, v: unknown): void => {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw new ControlError(`${key} must be an integer >= 0`);
    e[key] = (e[key] ?? 0) + v;
  };
  if (isAccount) {
    if (!s.x.users[target] && !s.graph.pages[target] && !s.graph.igAccounts[target])
      throw new ControlError(`unknown account ${target}`);
    add('followers', b.followers);
    add('fans', b.fans);
    store.changed();
    return { accountId: target, engagement: e };
  }
  const platform = s.x.tweets[target]
    ? 'x'
    : s.graph.posts[target]
      ? 'facebook'
      : s.graph.igMedia[target]
        ? 'instagram'
        : null;
  if (!platform) throw new ControlError(`unknown post ${target}`);
  for (const k of ENGAGEMENT_KEYS) add(k, b[k]);
  if (b.reactions !== undefined) {
    if (typeof b.reactions !== 'object' || b.reactions === null)
      throw new ControlError('reactions must be an object');
    for (const [type, v] of Object.entries(b.reactions as Record<string, unknown>)) {
      if (!(REACTION_TYPES as readonly string[]).includes(type))
        throw new ControlError(`unknown reaction ${type}`);
      add(type === 'like' ? 'likes' : `reaction_${type}`, v);
    }
  }
  store.changed();
  const metrics =
    platform === 'x'
      ? tweetMetrics(store, s.x.tweets[target], now)
      : platform === 'facebook'
        ? fbPostMetrics(store, s.graph.posts[target], now)
        : igMediaMetrics(store, s.graph.igMedia[target], now);
  return { postId: target, platform, engagement: e, metrics };
}
