import type { Platform } from '@warta/core';

/**
 * The taxonomy from platforms/README.md §4. The worker decides retry / wait / reconnect / fail /
 * reconcile from `kind` alone, so every platform failure must land in exactly one of these.
 */
export type ConnectorErrorKind =
  | 'auth_expired'
  | 'auth_revoked'
  | 'permission'
  | 'rate_limited'
  | 'quota'
  | 'duplicate'
  | 'validation'
  | 'not_ready'
  | 'not_found'
  | 'transient'
  /** A send whose outcome is unknown (socket drop, timeout, 5xx, truncated body): reconcile, never resend. */
  | 'unknown_outcome';

export const CONNECTOR_ERROR_KINDS: readonly ConnectorErrorKind[] = [
  'auth_expired',
  'auth_revoked',
  'permission',
  'rate_limited',
  'quota',
  'duplicate',
  'validation',
  'not_ready',
  'not_found',
  'transient',
  'unknown_outcome',
];

/** Which call failed: a send turns "no answer" into unknown_outcome, everything else into transient. */
export type CallPhase = 'prepare' | 'send' | 'read' | 'auth';

export interface ConnectorErrorOptions {
  /** When the platform will accept calls again (rate_limited, quota). */
  resetAt?: Date;
  /** For not_ready: how long to wait before checking again. */
  checkAfterSeconds?: number;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Platform code, e.g. "190/463" (Meta) or the X problem type. Never contains a token. */
  platformCode?: string;
  /** The prepared state (e.g. an expired IG container) is unusable: prepare again from scratch. */
  discardPrepared?: boolean;
  /** Meta's fbtrace_id, for support tickets. */
  traceId?: string;
}

/**
 * Every failure a connector reports. The message is the platform's own explanation (or ours) and is
 * built so it never carries a token: tokens travel in headers, never in URLs we echo.
 */
export class ConnectorError extends Error {
  readonly resetAt: Date | null;
  readonly checkAfterSeconds: number | null;
  readonly status: number | null;
  readonly platformCode: string | null;
  readonly discardPrepared: boolean;
  readonly traceId: string | null;

  constructor(
    readonly kind: ConnectorErrorKind,
    readonly platform: Platform,
    message: string,
    opts: ConnectorErrorOptions = {},
  ) {
    super(message);
    this.name = 'ConnectorError';
    this.resetAt = opts.resetAt ?? null;
    this.checkAfterSeconds = opts.checkAfterSeconds ?? null;
    this.status = opts.status ?? null;
    this.platformCode = opts.platformCode ?? null;
    this.discardPrepared = opts.discardPrepared ?? false;
    this.traceId = opts.traceId ?? null;
  }

  /** Whether nothing can have been published by the failed call (safe to retry a send later). */
  get provesNothingSent(): boolean {
    return this.kind !== 'unknown_outcome' && this.kind !== 'duplicate';
  }
}

export function isConnectorError(e: unknown): e is ConnectorError {
  return e instanceof ConnectorError;
}
