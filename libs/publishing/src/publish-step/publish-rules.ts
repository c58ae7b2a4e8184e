import { performance } from 'node:perf_hooks';
import { preparedAheadOn } from '@warta/connectors';
import type { Platform } from '@warta/core';
import { PostState } from '../post-state';
import type { PublishRow } from '../publish-row';

/**
 * The rules every step of the publish job shares: what a step answers, when a post is due, when it
 * is too late, and how errors read. Pure: no I/O, no clock of its own.
 */

/**
 * What the job does next: nothing (the post is settled, or the job is stale), or run again later:
 * at `until` on the database's clock, which is `delayMs` from now wherever the job runs (a worker
 * whose own clock is off delays by `delayMs`, never to `until` read on its clock).
 */
export type StepResult = { outcome: 'done' } | { outcome: 'delay'; until: Date; delayMs?: number };

export const DONE: StepResult = { outcome: 'done' };
/** The row moved under us (another worker, a person): read it again and take the next step. */
export const AGAIN = 'again' as const;
export type Advance = StepResult | typeof AGAIN;

const S = PostState;
/** Before the send: states the job may pick up once due. */
export const WAITING = [S.Scheduled, S.Queued, S.RetryWait];
/** How long an account whose token was revoked waits before we look again (it may be reconnected). */
export const PARKED_RECHECK_MS = 5 * 60_000;
/**
 * How long after a send's own timeout its absence is trusted: a server may still be working on a
 * request the client gave up on (a slow platform, or a hang), and sending again before it finishes
 * would publish twice.
 */
export const RECONCILE_SETTLE_MS = 15_000;

/** Whether prepare does real work ahead of the send (uploads, containers): the platform's capability. */
export function preparesAhead(platform: Platform, content: { media?: unknown[] }): boolean {
  return preparedAheadOn(platform, content.media?.length ?? 0);
}

/** When a waiting post's job should start: a retry's time, or its minute (less the lead for media). */
export function startAt(row: PublishRow, leadMs: number): Date {
  if (row.nextAttemptAt) return row.nextAttemptAt;
  const at = row.publishAt?.getTime() ?? 0;
  return new Date(preparesAhead(row.platform, row.content) ? at - leadMs : at);
}

/** When a prepared post may be sent: its minute, or its retry time, whichever is later. */
export function dueAt(row: PublishRow): Date {
  const a = row.publishAt?.getTime() ?? 0;
  const b = row.nextAttemptAt?.getTime() ?? 0;
  return new Date(Math.max(a, b));
}

/** Whether a post is later than its node's tolerance (or the default) at `now`. */
export function isTooLate(row: PublishRow, now: Date, defaultToleranceMinutes: number): boolean {
  if (!row.publishAt) return false;
  const minutes = row.lateToleranceMinutes ?? defaultToleranceMinutes;
  return now.getTime() - row.publishAt.getTime() > minutes * 60_000;
}

/** Why a post too late to be current was held back, for the person who reviews it. */
export function lateMessage(publishAt: Date | null, now: Date): string {
  const minutes = Math.round((now.getTime() - (publishAt ?? now).getTime()) / 60_000);
  return `Not sent: it would have gone out ${minutes} minutes after its time; check it is still current, then send it again or cancel.`;
}

/** "Now" for a decision about `row`: the database's time it was read at, plus time elapsed since. */
export function nowOf(row: PublishRow, fallback: () => Date): Date {
  return row.readAt ? new Date(row.readAt.getTime() + (performance.now() - row.readMono)) : fallback();
}

/** A lease still held at `now` is waited out (plus a little, so the holder's last write lands). */
export function leaseHeld(row: PublishRow, now: Date): StepResult | null {
  if (!row.leaseUntil || row.leaseUntil.getTime() <= now.getTime()) return null;
  return { outcome: 'delay', until: new Date(row.leaseUntil.getTime() + 50) };
}

export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 1000);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
