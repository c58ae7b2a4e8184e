import { IncomingHttpHeaders } from 'node:http';

export type OriginName = 'x' | 'graph';

/** One parsed request as every handler sees it. */
export interface RequestContext {
  origin: OriginName;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Path parameters filled by the router. */
  params: Record<string, string>;
  /** Virtual time when the request arrived (ms). */
  now: number;
  /** http://host:port as the client addressed this origin (for links we hand back). */
  baseUrl: string;
}

/** What a handler answers. `json` is serialised; `body` is sent as is. */
export interface HttpResult {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string | Buffer;
  contentType?: string;
}

export type Handler = (ctx: RequestContext) => HttpResult | Promise<HttpResult>;

/** Thrown by handlers to stop early with a platform-shaped error response. */
export class HttpResultError extends Error {
  constructor(readonly result: HttpResult) {
    super(`HTTP ${result.status}`);
  }
}

export function json(status: number, body: unknown, headers?: Record<string, string>): HttpResult {
  return { status, json: body, headers };
}

export function html(status: number, body: string): HttpResult {
  return { status, body, contentType: 'text/html; charset=utf-8' };
}

export function redirect(location: string): HttpResult {
  return { status: 302, headers: { location }, body: '' };
}
