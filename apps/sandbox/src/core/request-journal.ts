import { createHash } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { OriginName } from './http-types';

export interface JournalEntry {
  seq: number;
  origin: OriginName;
  /** Virtual time the request arrived (ISO 8601). */
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** sha256 of the raw body (hex, first 16 chars); "" for an empty body. */
  bodyDigest: string;
  bodyBytes: number;
  /** The first 512 characters of a text body (secrets redacted); null for binary/multipart. */
  bodyPreview: string | null;
  /** 0 when the connection was dropped without an answer. */
  status: number;
  durationMs: number;
  /** Id of the fault rule that fired, if any, and what it did. */
  fault: { ruleId: string; effect: string } | null;
}

export interface JournalFilter {
  path?: string;
  pathRegex?: string;
  method?: string;
  origin?: string;
  status?: number;
  /** Entries with seq greater than this number, or (if not a number) at/after this ISO time. */
  since?: string;
  limit?: number;
}

const KEPT_HEADERS = ['content-type', 'authorization', 'user-agent', 'idempotency-key', 'x-request-id'];
const SECRET_PARAMS =
  /^(access_token|client_secret|refresh_token|code|code_verifier|fb_exchange_token|input_token|appsecret_proof)$/;

/** Shows enough of a secret to tell two apart, never the whole value. */
export function redact(value: string): string {
  return value.length <= 8 ? '***' : `${value.slice(0, 6)}…`;
}

/**
 * Every request an origin answered, for assertions such as "exactly one POST /2/tweets per
 * part". A fixed-size ring buffer, so a benchmark at thousands of requests per second keeps memory
 * flat and recording stays O(1).
 */
export class RequestJournal {
  private readonly ring: Array<JournalEntry | undefined>;
  private nextSeq = 1;

  constructor(private readonly capacity = 100_000) {
    this.ring = new Array<JournalEntry | undefined>(capacity);
  }

  /** Reserve a sequence number when the request arrives, so order reflects arrival. */
  take(): number {
    return this.nextSeq++;
  }

  record(entry: JournalEntry): void {
    this.ring[entry.seq % this.capacity] = entry;
  }

  clear(): void {
    this.ring.fill(undefined);
  }

  list(filter: JournalFilter): { entries: JournalEntry[]; total: number; lastSeq: number } {
    const sinceSeq = filter.since !== undefined && /^\d+$/.test(filter.since) ? Number(filter.since) : null;
    const sinceTime = filter.since !== undefined && sinceSeq === null ? Date.parse(filter.since) : null;
    const regex = filter.pathRegex ? new RegExp(filter.pathRegex) : null;
    const method = filter.method?.toUpperCase();
    const out: JournalEntry[] = [];
    const first = Math.max(1, this.nextSeq - this.capacity);
    for (let seq = first; seq < this.nextSeq; seq++) {
      const e = this.ring[seq % this.capacity];
      if (!e || e.seq !== seq) continue; // not finished yet, or overwritten
      if (sinceSeq !== null && e.seq <= sinceSeq) continue;
      if (sinceTime !== null && Date.parse(e.at) < sinceTime) continue;
      if (filter.path !== undefined && e.path !== filter.path) continue;
      if (regex && !regex.test(e.path)) continue;
      if (method && e.method !== method) continue;
      if (filter.origin && e.origin !== filter.origin) continue;
      if (filter.status !== undefined && e.status !== filter.status) continue;
      out.push(e);
    }
    const total = out.length;
    const entries = filter.limit !== undefined ? out.slice(-filter.limit) : out;
    return { entries, total, lastSeq: this.nextSeq - 1 };
  }
}

export function selectHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const v = headers[name];
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v.join(', ') : v;
    out[name] =
      name === 'authorization'
        ? value.replace(/^(\w+)\s+(.+)$/, (_, s: string, t: string) => `${s} ${redact(t)}`)
        : value;
  }
  return out;
}

export function redactQuery(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) out[k] = SECRET_PARAMS.test(k) ? redact(v) : v;
  return out;
}

export function digestBody(body: Buffer): string {
  return body.length === 0 ? '' : createHash('sha256').update(body).digest('hex').slice(0, 16);
}

export function previewBody(body: Buffer, contentType: string): string | null {
  if (body.length === 0 || contentType.startsWith('multipart/')) return null;
  const text = body.subarray(0, 2048).toString('utf8');
  const redacted = contentType.includes('json')
    ? text.replace(
        /("(?:access_token|client_secret|refresh_token|code|code_verifier)"\s*:\s*")([^"]*)"/g,
        (_, k: string, v: string) => `${k}${redact(v)}"`,
      )
    : text.replace(
        /(^|&)(access_token|client_secret|refresh_token|code|code_verifier|fb_exchange_token)=([^&]*)/g,
        (_, p: string, k: string, v: string) => `${p}${k}=${redact(v)}`,
      );
  return redacted.slice(0, 512);
}
