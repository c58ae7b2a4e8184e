import { BodyParseError } from '../core/http-body';
import { HttpRouter } from '../core/http-router';
import { HttpResult, RequestContext, json } from '../core/http-types';
import { RateLimiter } from '../core/rate-limiter';
import { OriginApp } from '../core/sandbox-server';
import { SandboxStore } from '../core/sandbox-store';
import { registerXMediaRoutes } from './x-media.routes';
import { registerXOAuthRoutes } from './x-oauth.routes';
import {
  forbidden,
  invalidRequest,
  notFoundPage,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
} from './x-problems';
import { XRateLimits } from './x-rate-limits';
import { registerXTweetRoutes } from './x-tweets.routes';
import { registerXUserRoutes } from './x-users.routes';

/** The X origin: api.x.com and upload.x.com paths served at the root. */
export function createXApp(store: SandboxStore): OriginApp {
  const router = new HttpRouter();
  const deps = { store, rate: new XRateLimits(store, new RateLimiter(store)) };
  registerXOAuthRoutes(router, deps);
  registerXTweetRoutes(router, deps);
  registerXUserRoutes(router, deps);
  registerXMediaRoutes(router, deps);

  return {
    name: 'x',
    handle(ctx: RequestContext) {
      const m = router.match(ctx.method, ctx.path);
      if (!m) return notFoundPage();
      if ('methodNotAllowed' in m)
        return json(405, {
          title: 'Method Not Allowed',
          type: 'about:blank',
          status: 405,
          detail: 'Method Not Allowed',
        });
      ctx.params = m.params;
      return m.handler(ctx);
    },
    faultResult(status: number, ctx: RequestContext): HttpResult {
      if (status === 429) {
        const reset = String(Math.ceil(ctx.now / 1000) + 900);
        return tooManyRequests({
          'x-rate-limit-limit': '100',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': reset,
        });
      }
      if (status === 401) return unauthorized();
      if (status === 403) return forbidden('Forbidden');
      if (status === 400) return invalidRequest({ message: 'Injected invalid request', parameters: {} });
      return serviceUnavailable(status);
    },
    mapError(err: unknown): HttpResult {
      if (err instanceof BodyParseError) return invalidRequest({ message: err.message, parameters: {} });
      return serviceUnavailable(500);
    },
  };
}
