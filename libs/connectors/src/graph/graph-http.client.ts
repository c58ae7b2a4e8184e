import type { Platform } from '@warta/core';
import type { Clock } from '@warta/core';
import { CallPhase, ConnectorError } from '../connector-error';
import { GraphErrorBody, mapGraphError } from './graph-error.mapper';
import { plainRequest, PlainResponse } from '../plain-http';

export interface GraphHttpOptions {
  /** From config.platforms.graphOrigin; the sandbox or https://graph.facebook.com. */
  origin: string;
  /** Graph version prefix; the sandbox accepts any. */
  version?: string;
  timeoutMs?: number;
  /** Larger answers are cut off: a Graph JSON body we use is never near this. */
  maxResponseBytes?: number;
}

export type GraphParams = Record<string, string | number | boolean | null | undefined>;

export interface GraphCall {
  platform: Platform;
  phase: CallPhase;
  /** Sent as `Authorization: Bearer`, never in the URL, so it cannot reach a log line or journal. */
  token?: string;
  params?: GraphParams;
}

export interface GraphResponse<T> {
  body: T;
  headers: Headers;
}

export const DEFAULT_GRAPH_VERSION = 'v25.0';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Plain HTTP to the Graph API (kept-alive connections) with a timeout on every call, a response size cap, and Meta's error
 * envelope turned into ConnectorError. Bodies go form-encoded, as Graph documents.
 */
export class GraphHttpClient {
  readonly origin: string;
  private readonly version: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;

  constructor(
    opts: GraphHttpOptions,
    private readonly clock: Clock,
  ) {
    this.origin = opts.origin.replace(/\/+$/, '');
    this.version = opts.version ?? DEFAULT_GRAPH_VERSION;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = opts.maxResponseBytes ?? DEFAULT_MAX_BYTES;
  }

  get<T>(path: string, call: GraphCall): Promise<GraphResponse<T>> {
    return this.request<T>('GET', path, call);
  }

  post<T>(path: string, call: GraphCall): Promise<GraphResponse<T>> {
    return this.request<T>('POST', path, call);
  }

  delete<T>(path: string, call: GraphCall): Promise<GraphResponse<T>> {
    return this.request<T>('DELETE', path, call);
  }

  /** A full URL on the Graph origin (used for the login dialog and by providers). */
  url(path: string, params: GraphParams = {}): string {
    const u = new URL(`${this.origin}/${this.version}${path.startsWith('/') ? path : `/${path}`}`);
    for (const [k, v] of Object.entries(params))
      if (v !== undefined && v !== null) u.searchParams.set(k, String(v));
    return u.toString();
  }

  async request<T>(method: string, path: string, call: GraphCall): Promise<GraphResponse<T>> {
    const params = call.params ?? {};
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    let url: string;
    let body: string | undefined;
    if (method === 'GET' || method === 'DELETE') {
      url = this.url(path, params);
    } else {
      url = this.url(path);
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) form.set(k, String(v));
      body = form.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }

    let res: PlainResponse;
    let text: string;
    try {
      res = await plainRequest(url, {
        method,
        headers,
        body,
        timeoutMs: this.timeoutMs,
        maxBytes: this.maxBytes,
      });
      text = res.body.toString('utf8');
    } catch (e) {
      // Timeout, refused, reset, or cut mid-body: we cannot know what the platform did.
      const reason = e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'network error';
      throw new ConnectorError(
        call.phase === 'send' ? 'unknown_outcome' : 'transient',
        call.platform,
        `Graph ${method} ${path.split('?')[0]}: ${reason}`,
        { platformCode: reason.replace(' ', '_') },
      );
    }

    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      throw mapGraphError(
        call.platform,
        res.status >= 400 ? res.status : 502,
        null,
        res.headers,
        call.phase,
        this.clock.now(),
      );
    }
    const error = (parsed as { error?: GraphErrorBody } | null)?.error;
    if (res.status < 200 || res.status >= 300 || error) {
      throw mapGraphError(
        call.platform,
        res.status,
        error ?? null,
        res.headers,
        call.phase,
        this.clock.now(),
      );
    }
    return { body: parsed as T, headers: res.headers };
  }
}
