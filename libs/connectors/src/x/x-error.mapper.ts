import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { CallPhase, ConnectorError } from '../connector-error';

const FALLBACK_WINDOW_MS = 15 * 60 * 1000;

function problemType(data: unknown): string {
  const t = (data as { type?: unknown } | undefined)?.type;
  return typeof t === 'string' ? t : '';
}

function detailOf(data: unknown): string {
  const d = data as { detail?: unknown; title?: unknown; error_description?: unknown } | undefined;
  for (const v of [d?.detail, d?.error_description, d?.title]) if (typeof v === 'string') return v;
  return '';
}

/**
 * The latest reset among the 15-minute window and the 24-hour caps: X answers 429 for a 24 h cap
 * while the 15-minute `remaining` is still positive, so the earliest reset would be a busy retry.
 */
function resetOf(e: ApiResponseError, now: Date): Date {
  const candidates: number[] = [];
  const rl = e.rateLimit;
  if (rl) {
    for (const r of [rl.reset, rl.day?.reset, rl.userDay?.reset]) if (r) candidates.push(r);
  }
  const headers = e.headers ?? {};
  for (const h of ['x-rate-limit-reset', 'x-user-limit-24hour-reset', 'x-app-limit-24hour-reset']) {
    const v = Number(headers[h]);
    if (Number.isFinite(v) && v > 0) candidates.push(v);
  }
  if (!candidates.length) return new Date(now.getTime() + FALLBACK_WINDOW_MS);
  return new Date(Math.max(...candidates) * 1000);
}

/**
 * X failures -> ConnectorError. The library's message is a generic "Request failed with code N",
 * so classification reads the HTTP code and the problem JSON's `type` / `detail` (platforms/x.md §1).
 */
export function mapXError(e: unknown, phase: CallPhase, now: Date): ConnectorError {
  if (e instanceof ConnectorError) return e;
  if (e instanceof ApiResponseError) {
    const type = problemType(e.data);
    const detail = detailOf(e.data);
    const opts = { status: e.code, platformCode: type || String(e.code) };
    const message = `X ${e.code}${detail ? `: ${detail}` : ''}`;
    if (e.code === 429) {
      if (type.endsWith('/usage-capped')) {
        return new ConnectorError('quota', 'x', message, { ...opts, resetAt: resetOf(e, now) });
      }
      return new ConnectorError('rate_limited', 'x', message, { ...opts, resetAt: resetOf(e, now) });
    }
    if (e.code === 401) return new ConnectorError('auth_expired', 'x', message, opts);
    if (e.code === 403) {
      if (/duplicate content/i.test(detail)) return new ConnectorError('duplicate', 'x', message, opts);
      return new ConnectorError('permission', 'x', message, opts);
    }
    if (e.code === 400) {
      // The token endpoint answers a dead (rotated or revoked) refresh token with invalid_request.
      if (phase === 'auth' && (e.data as { error?: unknown })?.error === 'invalid_request') {
        return new ConnectorError('auth_revoked', 'x', message, opts);
      }
      return new ConnectorError('validation', 'x', message, opts);
    }
    if (e.code === 404) return new ConnectorError('not_found', 'x', message, opts);
    if (e.code >= 500) {
      return new ConnectorError(phase === 'send' ? 'unknown_outcome' : 'transient', 'x', message, opts);
    }
    return new ConnectorError('validation', 'x', message, opts);
  }
  if (e instanceof ApiRequestError || e instanceof ApiPartialResponseError) {
    // No (complete) answer: for a send the post may exist, so it must be reconciled, never resent.
    const what = e instanceof ApiRequestError ? 'no response' : 'truncated response';
    return new ConnectorError(phase === 'send' ? 'unknown_outcome' : 'transient', 'x', `X ${what}`, {
      platformCode: what.replace(' ', '_'),
    });
  }
  const message = e instanceof Error ? e.message : String(e);
  // twitter-api-v2 reports failed media processing as a plain Error.
  if (/media.*(failed|processing)/i.test(message)) {
    return new ConnectorError('validation', 'x', `X media processing failed: ${message}`);
  }
  return new ConnectorError(
    phase === 'send' ? 'unknown_outcome' : 'transient',
    'x',
    `X call failed: ${message}`,
  );
}
