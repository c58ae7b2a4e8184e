import type { Platform } from '@warta/core';
import { CallPhase, ConnectorError } from '../connector-error';

export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_msg?: string;
  fbtrace_id?: string;
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001, 80002]);
/** Token dead for good: app removed (458), password changed (460), logged out / invalid (467), lost Page role (492). */
const REVOKED_SUBCODES = new Set([458, 460, 467, 492]);
/** IG media rejected for what it is (size, format, ratio, unsupported video): fixing it needs a person. */
const MEDIA_VALIDATION_SUBCODES = new Set([2207004, 2207005, 2207009, 2207026, 2207052, 2207057, 2207067]);
/** IG failures that a new container usually fixes. */
const RECREATE_SUBCODES = new Set([2207001, 2207003, 2207020, 2207032, 2207053]);
const DEFAULT_RATE_WAIT_MS = 60 * 60 * 1000;

/**
 * When access comes back: the largest `estimated_time_to_regain_access` (minutes) in the usage
 * headers, else an hour (Meta's budgets are rolling hours and it sends no Retry-After).
 */
export function graphResetAt(headers: Headers | null, now: Date): Date {
  let minutes = 0;
  const buc = headers?.get('x-business-use-case-usage');
  if (buc) {
    try {
      const parsed = JSON.parse(buc) as Record<string, Array<{ estimated_time_to_regain_access?: number }>>;
      for (const entries of Object.values(parsed)) {
        for (const e of entries ?? [])
          minutes = Math.max(minutes, Number(e.estimated_time_to_regain_access) || 0);
      }
    } catch {
      // A malformed header only loses the hint.
    }
  }
  return new Date(now.getTime() + (minutes > 0 ? minutes * 60_000 : DEFAULT_RATE_WAIT_MS));
}

/**
 * Meta's envelope -> ConnectorError. The HTTP status is 400 for nearly everything (rate limits and
 * expired tokens included), so this branches on code / error_subcode / is_transient.
 */
export function mapGraphError(
  platform: Platform,
  status: number,
  error: GraphErrorBody | null,
  headers: Headers | null,
  phase: CallPhase,
  now: Date,
): ConnectorError {
  const code = error?.code;
  const sub = error?.error_subcode;
  const base = {
    status,
    platformCode: code === undefined ? `http_${status}` : sub ? `${code}/${sub}` : String(code),
    traceId: error?.fbtrace_id,
  };
  const message = `Graph ${base.platformCode}: ${error?.message ?? `HTTP ${status}`}`;
  const make = (kind: ConstructorParameters<typeof ConnectorError>[0], extra = {}) =>
    new ConnectorError(kind, platform, message, { ...base, ...extra });

  if (code === undefined) {
    if (status >= 500 || status === 0) return make(phase === 'send' ? 'unknown_outcome' : 'transient');
    if (status === 404) return make('not_found');
    if (status === 429) return make('rate_limited', { resetAt: graphResetAt(headers, now) });
    return make('validation');
  }
  if (code === 190 || code === 102) {
    if (sub === 463 || code === 102) return make('auth_expired');
    // No subcode ("cannot parse access token") or a revocation subcode: only a reconnect helps.
    if (sub === undefined || REVOKED_SUBCODES.has(sub)) return make('auth_revoked');
    return make('auth_expired');
  }
  if (code === 4 && sub === 2207051) return make('permission'); // restricted as possible spam
  if (RATE_LIMIT_CODES.has(code)) return make('rate_limited', { resetAt: graphResetAt(headers, now) });
  if (code === 341) return make('quota', { resetAt: new Date(now.getTime() + 24 * 3_600_000) });
  if (code === 9 && sub === 2207042) return make('quota', { resetAt: new Date(now.getTime() + 3_600_000) });
  if (code === 9007 || sub === 2207027) return make('not_ready', { checkAfterSeconds: 5 });
  if (code === 506) return make('duplicate');
  if (code === 10 || (code >= 200 && code <= 299) || code === 368) return make('permission');
  if (code === 100 && sub === 33) return make('not_found');
  if (sub !== undefined && MEDIA_VALIDATION_SUBCODES.has(sub)) return make('validation');
  if (sub !== undefined && RECREATE_SUBCODES.has(sub)) {
    return make('transient', { discardPrepared: true });
  }
  if (code === 1 || code === 2 || error?.is_transient || status >= 500) {
    // Meta's "unexpected error, retry later": for a send the post may exist.
    return make(phase === 'send' ? 'unknown_outcome' : 'transient');
  }
  if (code === 100 || code === 324 || (code >= 36000 && code < 37000) || code === 352)
    return make('validation');
  return make(status >= 500 ? 'transient' : 'validation');
}
