import { FaultInjector, FaultRuleError, FaultRuleInput } from '../core/fault-injector';
import { BodyParseError } from '../core/http-body';
import { HttpRouter } from '../core/http-router';
import { Handler, HttpResult, RequestContext, json } from '../core/http-types';
import { RequestJournal } from '../core/request-journal';
import { mergeProfile } from '../core/sandbox-profile';
import { SandboxStore } from '../core/sandbox-store';
import { VirtualClock } from '../core/virtual-clock';
import { AccountsSeed, SeedError, SeedResult, seedAccounts } from './account-seeding';
import { engage } from './control-engagement';
import { body, ControlError, date, num, readBody } from './control-input';
import { registerControlTokenRoutes } from './control-tokens.routes';
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

/**
 * The test-only control API under /__sandbox/ on both origins. Connectors never call it; tests
 * use it to seed accounts, move the clock, script faults and read the journal.
 */
export function createControlHandler(deps: ControlDeps): Handler {
  const router = new HttpRouter();
  registerWorldRoutes(router, deps);
  registerControlTokenRoutes(router, deps);
  registerFaultRoutes(router, deps.faults);
  registerInspectionRoutes(router, deps);

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

function clockView(clock: VirtualClock) {
  return { now: clock.now().toISOString(), epochMs: clock.nowMs(), frozen: clock.isFrozen() };
}

/** The world the platforms live in: reset, the virtual clock, seeded accounts, the profile, engagement. */
function registerWorldRoutes(router: HttpRouter, deps: ControlDeps): void {
  const { store, clock } = deps;

  router.on('POST', '/__sandbox/reset', (ctx) => {
    const b = body(ctx);
    const seed = b.seed === undefined ? store.state.seed : num(b.seed, 'seed');
    const startAt = b.startAt === undefined ? undefined : date(b.startAt, 'startAt');
    const accounts = deps.reset({ seed, startAt, demoAccounts: b.demoAccounts !== false });
    return json(200, { seed, clock: clockView(clock), demoAccounts: accounts });
  });

  router.on('GET', '/__sandbox/clock', () => json(200, clockView(clock)));
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
    return json(200, clockView(clock));
  });

  router.on('POST', '/__sandbox/accounts', (ctx) => {
    const result = seedAccounts(store, body(ctx) as AccountsSeed, deps.defaults);
    return json(201, result);
  });

  // Posts that went out earlier (the demo history): `{ "posts": [{ platform, accountId, text, createdAt }] }`.
  router.on('POST', '/__sandbox/posts', (ctx) => json(201, { posts: seedPosts(store, body(ctx).posts) }));

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

  router.on('POST', '/__sandbox/engage', (ctx) => json(200, engage(store, body(ctx))));
}

/** Scripted platform faults. */
function registerFaultRoutes(router: HttpRouter, faults: FaultInjector): void {
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
}

/** What the platforms received (the journal) and what they hold (the state). */
function registerInspectionRoutes(router: HttpRouter, deps: ControlDeps): void {
  const { store, clock, journal } = deps;

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
        ? { now: clockView(clock), state: store.state }
        : renderStateView(store, deps.origins()),
    ),
  );
}
