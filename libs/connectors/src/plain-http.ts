import http from 'node:http';
import https from 'node:https';
import { BodyTooLargeError } from './read-capped-body';

/**
 * Connections to a platform are kept open between calls: a publish burst makes thousands. Up to 256
 * stay open while idle (node's default), more than the ~200 calls two platform queues make at once:
 * with fewer, every lull closed the extra ones and the next wave opened them again (a 10,000-post
 * burst opened ~2,000 connections).
 */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, keepAliveMsecs: 10_000, maxFreeSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, keepAliveMsecs: 10_000, maxFreeSockets: 256 }),
};

export interface PlainRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** The whole exchange, connect to last byte. */
  timeoutMs: number;
  /** Larger answers are cut off (BodyTooLargeError). */
  maxBytes: number;
}

export interface PlainResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Thrown when the exchange outlasts its timeout (named as fetch's, so callers read it the same). */
export class RequestTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * One HTTP exchange on node's own client with kept-alive connections: a fraction of fetch's CPU per
 * call, which matters when a worker publishes hundreds of posts a second. Rejects on network
 * errors, timeouts and oversized bodies; any HTTP status resolves.
 */
export function plainRequest(url: string, req: PlainRequest): Promise<PlainResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const agent = AGENTS[target.protocol as keyof typeof AGENTS];
  if (!agent) return Promise.reject(new Error(`unsupported protocol ${target.protocol}`));
  return new Promise<PlainResponse>((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const request = client.request(target, { method: req.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let total = 0;
      res.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > req.maxBytes) {
          request.destroy(new BodyTooLargeError(req.maxBytes));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: toHeaders(res.rawHeaders),
          body: Buffer.concat(chunks),
        });
      });
      res.on('error', fail);
      res.on('aborted', () => fail(new Error('the connection closed mid-answer')));
    });
    const timer = setTimeout(() => request.destroy(new RequestTimeoutError(req.timeoutMs)), req.timeoutMs);
    function fail(e: Error) {
      clearTimeout(timer);
      reject(e);
    }
    request.on('error', fail);
    request.end(req.body);
  });
}

function toHeaders(raw: string[]): Headers {
  const h = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) h.append(raw[i], raw[i + 1]);
  return h;
}
