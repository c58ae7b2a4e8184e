import { BodyParseError, readParams } from '../core/http-body';
import { HttpResult, HttpResultError, RequestContext } from '../core/http-types';
import { RateLimiter } from '../core/rate-limiter';
import { OriginApp } from '../core/sandbox-server';
import { SandboxStore } from '../core/sandbox-store';
import { graphError } from './graph-errors';
import { registerFacebookRoutes } from './graph-facebook.routes';
import { registerInstagramRoutes } from './graph-instagram.routes';
import { registerGraphLoginRoutes } from './graph-login.routes';
import { GraphRequest } from './graph-request';
import { GraphDeps, GraphRoutes, resolveNodeKind } from './graph-routes';
import { GraphUsage } from './graph-usage';

const VERSION = /^\/v\d+\.\d+(?=\/|$)/;

/** The Graph origin: Facebook Pages, Instagram (via Facebook Login) and the login endpoints. */
export function createGraphApp(store: SandboxStore): OriginApp {
  const usage = new GraphUsage(store, new RateLimiter(store));
  const deps = { store, usage };
  const routes = new GraphRoutes();
  registerGraphLoginRoutes(routes, deps);
  registerFacebookRoutes(routes, deps);
  registerInstagramRoutes(routes, deps);

  return {
    name: 'graph',
    handle: (ctx: RequestContext) => dispatch(deps, routes, ctx),
    faultResult(status: number): HttpResult {
      return faultResult(store, status);
    },
    mapError(): HttpResult {
      return graphError(store, {
        code: 1,
        message: 'An unknown error occurred',
        transient: true,
        status: 500,
      });
    },
  };
}

type Invoke = (run: () => HttpResult | Promise<HttpResult>) => Promise<HttpResult>;

/** A fixed path first (the login endpoints), else `/{id}` or `/{id}/{edge}` on the node's kind. */
async function dispatch(deps: GraphDeps, routes: GraphRoutes, ctx: RequestContext): Promise<HttpResult> {
  const { store, usage } = deps;
  let path = ctx.path.replace(VERSION, '');
  path = path.replace(/\/+$/, '') || '/';
  let parsed: ReturnType<typeof readParams>;
  try {
    parsed = readParams(ctx);
  } catch (e) {
    if (e instanceof BodyParseError) return graphError(store, { code: 100, message: `(#100) ${e.message}` });
    throw e;
  }
  // Graph lets clients tunnel DELETE through POST/GET with method=delete.
  const method = (parsed.fields.method ?? ctx.method).toUpperCase();
  const req = new GraphRequest(ctx, parsed.fields, parsed.files, store, usage);
  const invoke: Invoke = async (run) => {
    try {
      return withUsage(req, await run());
    } catch (e) {
      // Errors raised after the call was counted still carry the usage headers, as on Graph.
      if (e instanceof HttpResultError) return withUsage(req, e.result);
      throw e;
    }
  };
  const fixed = routes.findPath(method, path);
  if (fixed) return invoke(() => fixed(req));
  return dispatchToNode(store, routes, { req, method, path, invoke });
}

/** `/{id}[/{edge}]`: `me` is the caller (the Page for a Page token), then the handler for the node's kind. */
function dispatchToNode(
  store: SandboxStore,
  routes: GraphRoutes,
  call: { req: GraphRequest; method: string; path: string; invoke: Invoke },
): HttpResult | Promise<HttpResult> {
  const { req, method, path, invoke } = call;
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0 || segments.length > 2) {
    return graphError(store, { code: 2500, message: `Unknown path components: ${path}` });
  }
  let [id] = segments;
  const edge = segments[1] ?? '';
  if (id === 'me') {
    const caller = req.caller();
    id = caller.token.kind === 'page' && caller.token.pageId ? caller.token.pageId : caller.user.id;
  }
  const kind = resolveNodeKind(store, id);
  if (!kind) {
    req.caller(); // an invalid token is reported before a missing object, as on Graph
    return graphError(store, {
      code: 100,
      subcode: 33,
      type: 'GraphMethodException',
      message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    });
  }
  const handler = routes.findNode(kind, method, edge);
  if (!handler) {
    req.caller();
    if (edge) return graphError(store, { code: 2500, message: `Unknown path components: /${edge}` });
    return graphError(store, {
      code: 100,
      type: 'GraphMethodException',
      message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not support this operation.`,
    });
  }
  return invoke(() => handler(req, id));
}

/** Injected faults as Graph reports them: transient code 2 for 5xx, code 4 for throttling, else code 1. */
function faultResult(store: SandboxStore, status: number): HttpResult {
  if (status >= 500) {
    return graphError(store, {
      code: 2,
      message: 'An unexpected error has occurred. Please retry your request later.',
      transient: true,
      status,
    });
  }
  if (status === 429 || status === 400) {
    return graphError(store, {
      code: 4,
      message: '(#4) Application request limit reached',
      transient: true,
      status,
    });
  }
  return graphError(store, { code: 1, message: 'An unknown error occurred', transient: true, status });
}

function withUsage(req: GraphRequest, result: HttpResult): HttpResult {
  if (!req.usageHeaders) return result;
  return { ...result, headers: { ...req.usageHeaders, ...result.headers } };
}
