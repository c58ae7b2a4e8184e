import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { FaultInjector, FaultRule } from './fault-injector';
import { Handler, HttpResult, HttpResultError, OriginName, RequestContext } from './http-types';
import { RequestJournal, digestBody, previewBody, redactQuery, selectHeaders } from './request-journal';
import { VirtualClock } from './virtual-clock';

/** What one origin (X or Graph) plugs into the shared HTTP pipeline. */
export interface OriginApp {
  name: OriginName;
  handle: Handler;
  /** The platform's usual body for a status a fault rule asked for without giving one. */
  faultResult(status: number, ctx: RequestContext): HttpResult;
  /** Turns an unexpected exception into the platform's error shape. */
  mapError(err: unknown, ctx: RequestContext): HttpResult;
}

export interface SandboxServerDeps {
  app: OriginApp;
  control: Handler;
  /** Feed viewer, fixtures and stored media: served on both origins, never faulted. */
  shared: (ctx: RequestContext) => Promise<HttpResult | null> | HttpResult | null;
  journal: RequestJournal;
  faults: FaultInjector;
  clock: VirtualClock;
  onMutation: () => void;
  maxBodyBytes?: number;
}

const CONTROL_PREFIX = '/__sandbox/';

/**
 * The request pipeline shared by both origins: read the body, apply fault rules, run the
 * handler, journal the outcome. Plain node:http because the sandbox must answer thousands of
 * posts per second on a small machine and a framework's per-request cost would dominate.
 */
export class SandboxServer {
  private readonly server: Server;
  private readonly maxBodyBytes: number;

  constructor(private readonly deps: SandboxServerDeps) {
    this.maxBodyBytes = deps.maxBodyBytes ?? 64 * 1024 * 1024;
    this.server = createServer((req, res) => this.onRequest(req, res));
    this.server.keepAliveTimeout = 30_000;
  }

  listen(port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const addr = this.server.address() as AddressInfo;
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve(`http://${shownHost}:${addr.port}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > this.maxBodyBytes) {
        tooLarge = true;
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (tooLarge) {
        send(res, { status: 413, json: { error: 'request body too large' } });
        return;
      }
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      this.dispatch(req, res, body).catch((e: unknown) => {
        if (!res.headersSent) send(res, { status: 500, json: { error: String(e) } });
      });
    });
    req.on('error', () => res.destroy());
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const started = performance.now();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const method = (req.method ?? 'GET').toUpperCase();
    const ctx: RequestContext = {
      origin: this.deps.app.name,
      method,
      path,
      query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
      headers: req.headers,
      body,
      params: {},
      now: this.deps.clock.nowMs(),
      baseUrl: `http://${req.headers.host ?? 'localhost'}`,
    };

    if (path.startsWith(CONTROL_PREFIX)) {
      send(res, await this.run(this.deps.control, ctx));
      if (method !== 'GET') this.deps.onMutation();
      return;
    }
    const shared = await this.deps.shared(ctx);
    if (shared) {
      send(res, shared);
      return;
    }

    const seq = this.deps.journal.take();
    const fault = this.deps.faults.active ? this.deps.faults.match(ctx.origin, method, path) : null;
    const finish = (status: number, effect: string | null): void => {
      this.deps.journal.record({
        seq,
        origin: ctx.origin,
        at: new Date(ctx.now).toISOString(),
        method,
        path,
        query: redactQuery(ctx.query),
        headers: selectHeaders(req.headers),
        bodyDigest: digestBody(body),
        bodyBytes: body.length,
        bodyPreview: previewBody(body, String(req.headers['content-type'] ?? '')),
        status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        fault: fault && effect ? { ruleId: fault.id, effect } : null,
      });
    };

    if (!fault) {
      const result = await this.run(this.deps.app.handle, ctx);
      send(res, result);
      finish(result.status, null);
      this.deps.onMutation();
      return;
    }
    await this.applyFault(fault, ctx, req, res, finish);
  }

  private async applyFault(
    fault: FaultRule,
    ctx: RequestContext,
    req: IncomingMessage,
    res: ServerResponse,
    finish: (status: number, effect: string | null) => void,
  ): Promise<void> {
    const a = fault.action;
    if (a.delayMs) {
      await new Promise((r) => setTimeout(r, a.delayMs));
      // The client may have given up meanwhile; the request still runs, as on a slow real server.
      ctx.now = this.deps.clock.nowMs();
    }
    if (a.drop === 'beforeCommit') {
      req.socket.destroy();
      finish(0, 'dropped before commit');
      return;
    }
    if (a.status !== undefined && !a.commit) {
      const result = this.faultResult(fault, ctx);
      send(res, result);
      finish(result.status, `status ${result.status}`);
      return;
    }
    let result = await this.run(this.deps.app.handle, ctx);
    this.deps.onMutation();
    if (a.drop === 'afterCommit') {
      req.socket.destroy();
      finish(0, `dropped after commit (handler answered ${result.status})`);
      return;
    }
    if (a.status !== undefined) result = this.faultResult(fault, ctx);
    if (a.truncate !== undefined && a.truncate !== false) {
      const full = serialise(result);
      const keep =
        typeof a.truncate === 'number'
          ? Math.min(a.truncate, full.body.length)
          : Math.floor(full.body.length / 2);
      res.writeHead(result.status, { ...full.headers, 'content-length': String(full.body.length) });
      res.write(full.body.subarray(0, keep), () => res.socket?.destroy());
      finish(result.status, `truncated to ${keep} of ${full.body.length} bytes`);
      return;
    }
    send(res, result);
    finish(result.status, a.delayMs ? `delayed ${a.delayMs} ms` : 'applied');
  }

  private faultResult(fault: FaultRule, ctx: RequestContext): HttpResult {
    const a = fault.action;
    const status = a.status ?? 500;
    const base = a.body !== undefined ? { status, json: a.body } : this.deps.app.faultResult(status, ctx);
    return { ...base, status, headers: { ...base.headers, ...a.headers } };
  }

  private async run(handler: Handler, ctx: RequestContext): Promise<HttpResult> {
    try {
      return await handler(ctx);
    } catch (e) {
      if (e instanceof HttpResultError) return e.result;
      return this.deps.app.mapError(e, ctx);
    }
  }
}

function serialise(result: HttpResult): { headers: Record<string, string>; body: Buffer } {
  const headers: Record<string, string> = { ...result.headers };
  let body: Buffer;
  if (result.json !== undefined) {
    body = Buffer.from(JSON.stringify(result.json));
    headers['content-type'] = 'application/json; charset=utf-8';
  } else {
    body = typeof result.body === 'string' ? Buffer.from(result.body) : (result.body ?? Buffer.alloc(0));
    if (result.contentType) headers['content-type'] = result.contentType;
  }
  return { headers, body };
}

function send(res: ServerResponse, result: HttpResult): void {
  if (result.json !== undefined && !result.headers) {
    // Hot path (every successful post): skip the header object copy.
    const body = JSON.stringify(result.json);
    res.writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
    return;
  }
  const { headers, body } = serialise(result);
  headers['content-length'] = String(body.length);
  res.writeHead(result.status, headers);
  res.end(body);
}
