import http from 'node:http';
import { ITwitterApiClientPlugin, TwitterApi, TwitterApiTokens } from 'twitter-api-v2';
import { CreateSandboxOptions, Sandbox, createSandbox } from '../create-sandbox';
import { SeedResult } from '../control/account-seeding';

/*
 * Helpers for the sandbox's own integration tests (and a model for the connector contract suite):
 * start an in-process sandbox on random ports, talk to its control API, and build a real
 * twitter-api-v2 client pointed at it with the plugin recipe from platforms/x.md §1.
 */

export interface TestSandbox extends Sandbox {
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  seed(body: unknown): Promise<SeedResult>;
}

export async function startTestSandbox(opts: CreateSandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await createSandbox({
    dataDir: null,
    demoAccounts: false,
    xPort: 0,
    graphPort: 0,
    ...opts,
  });
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${sandbox.graphOrigin}/__sandbox/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`control ${method} ${path} → ${res.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  return Object.assign(sandbox, {
    control,
    seed: (body: unknown) => control<SeedResult>('POST', 'accounts', body),
  });
}

/** The x.md §1 recipe: rewrite api.x.com/upload.x.com URLs to the sandbox origin, http agent. */
export function sandboxPlugin(origin: string): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      const u = new URL(params.url);
      if (u.hostname !== 'api.x.com' && u.hostname !== 'upload.x.com') return;
      if (u.hostname === 'upload.x.com' && !params.forceBodyMode) {
        params.forceBodyMode = u.pathname === '/1.1/media/upload.json' ? 'form-data' : 'json';
      }
      params.url = origin + u.pathname + u.search;
    },
    onOAuth2RequestToken({ result }) {
      result.url = result.url.replace('https://x.com', origin);
    },
  };
}

export function xClient(
  origin: string,
  auth: string | TwitterApiTokens | { clientId: string; clientSecret?: string },
): TwitterApi {
  return new TwitterApi(auth as string, {
    plugins: [sandboxPlugin(origin)],
    httpAgent: new http.Agent({ keepAlive: false }),
  });
}

export interface GraphResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** Plain fetch to the Graph origin, the way connectors call it. */
export async function graph<T = Record<string, unknown>>(
  origin: string,
  method: string,
  path: string,
  params: Record<string, string | number | boolean> = {},
  encoding: 'form' | 'json' | 'query' = 'form',
): Promise<GraphResponse<T>> {
  const url = new URL(origin + path);
  let body: string | undefined;
  const headers: Record<string, string> = {};
  if (method === 'GET' || method === 'DELETE' || encoding === 'query') {
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  } else if (encoding === 'json') {
    body = JSON.stringify(params);
    headers['content-type'] = 'application/json';
  } else {
    body = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const res = await fetch(url, { method, body, headers });
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

export interface GraphErrorBody {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    is_transient?: boolean;
    fbtrace_id: string;
  };
}
