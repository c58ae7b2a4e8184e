import { DomainError } from '@warta/core';
import { PostState } from './post-state';

/** Everything that can happen to a post, from people (schedule, edit, cancel, resolve) or workers. */
export type PostEvent =
  | { type: 'schedule' }
  | { type: 'edit' }
  | { type: 'cancel' }
  /** A draft of the release was edited after review: its posts on their way go back to draft. */
  | { type: 'withdraw_approval' }
  | { type: 'enqueue' }
  | { type: 'claim' }
  | { type: 'prepared' }
  /** Prepare started work the platform finishes later (IG container): check again after a delay. */
  | { type: 'prepare_not_ready' }
  | { type: 'prepare_failed'; permanent: boolean }
  | { type: 'begin_send' }
  /** A post with nothing to prepare (text only) is claimed and moved to SENDING in one commit. */
  | { type: 'claim_and_send' }
  | { type: 'sent' }
  | { type: 'send_rejected'; permanent: boolean }
  | { type: 'send_outcome_unknown' }
  | { type: 'send_abandoned' }
  | { type: 'lease_expired' }
  | { type: 'begin_reconcile' }
  | { type: 'reconciled_found' }
  | { type: 'reconciled_absent' }
  | { type: 'reconciled_ambiguous' }
  | { type: 'too_late' }
  | { type: 'resolve_published' }
  | { type: 'resolve_send_again' };

export type PostEventType = PostEvent['type'];

export interface TransitionResult {
  state: PostState;
  /**
   * A person's change bumps the version: any job already queued for the old version finds a
   * mismatch and does nothing, so an edit or cancel always wins over a stale job.
   */
  bumpVersion: boolean;
}

const S = PostState;

/** Which events a person may trigger from which states; everything else is a 409. */
const PERSON: Partial<Record<PostEventType, { from: PostState[]; to: PostState | 'rescheduled' }>> = {
  schedule: { from: [S.Draft, S.Scheduled, S.Queued, S.Preparing, S.Ready, S.RetryWait], to: S.Scheduled },
  // Editing a post that is already on its way sends it back to SCHEDULED: the new version is
  // prepared from scratch by its own job; whatever the old version's worker holds is void.
  edit: { from: [S.Draft, S.Scheduled, S.Queued, S.Preparing, S.Ready, S.RetryWait], to: 'rescheduled' },
  cancel: { from: [S.Draft, S.Scheduled, S.Queued, S.Preparing, S.Ready, S.RetryWait], to: S.Cancelled },
  withdraw_approval: { from: [S.Scheduled, S.Queued, S.Preparing, S.Ready, S.RetryWait], to: S.Draft },
  resolve_published: { from: [S.NeedsReview], to: S.Published },
  resolve_send_again: { from: [S.NeedsReview, S.Failed], to: S.Scheduled },
};

/** Worker transitions: guarded the same way, but never bump the version (they act on one version). */
const WORKER: Partial<Record<PostEventType, { from: PostState[]; to: PostState }>> = {
  enqueue: { from: [S.Scheduled], to: S.Queued },
  claim: { from: [S.Queued, S.RetryWait], to: S.Preparing },
  prepared: { from: [S.Preparing], to: S.Ready },
  prepare_not_ready: { from: [S.Preparing], to: S.Queued },
  begin_send: { from: [S.Ready], to: S.Sending },
  claim_and_send: { from: [S.Scheduled, S.Queued, S.RetryWait], to: S.Sending },
  sent: { from: [S.Sending], to: S.Published },
  send_outcome_unknown: { from: [S.Sending], to: S.Unknown },
  // The request never left: the lease ran too short before it could (a paused worker), so nothing
  // was sent and the prepared post waits to be sent under a fresh lease.
  send_abandoned: { from: [S.Sending], to: S.Ready },
  begin_reconcile: { from: [S.Unknown], to: S.Reconciling },
  reconciled_found: { from: [S.Reconciling], to: S.Published },
  // Proven absent on the platform: safe to send again (still the same version).
  reconciled_absent: { from: [S.Reconciling], to: S.Ready },
  reconciled_ambiguous: { from: [S.Reconciling], to: S.NeedsReview },
  too_late: { from: [S.Scheduled, S.Queued, S.RetryWait, S.Ready], to: S.NeedsReview },
};

/**
 * The single rule book for post states. Pure: callers persist the result with a conditional UPDATE
 * (`WHERE state = $from AND version = $version`) so two actors can never both apply a transition.
 */
export function transition(from: PostState, event: PostEvent): TransitionResult {
  const person = PERSON[event.type];
  if (person) {
    if (!person.from.includes(from)) throw notAllowed(from, event.type);
    if (person.to !== 'rescheduled') return { state: person.to, bumpVersion: true };
    return { state: from === S.Draft ? S.Draft : S.Scheduled, bumpVersion: true };
  }
  switch (event.type) {
    case 'prepare_failed':
      if (from !== S.Preparing) throw notAllowed(from, event.type);
      return { state: event.permanent ? S.Failed : S.RetryWait, bumpVersion: false };
    case 'send_rejected':
      // Only for errors that prove nothing was sent (auth, validation, rate limit before commit).
      if (from !== S.Sending) throw notAllowed(from, event.type);
      return { state: event.permanent ? S.Failed : S.RetryWait, bumpVersion: false };
    case 'lease_expired':
      // A worker died. Before the send, the work is simply redone; during it, the outcome is
      // unknown and must be reconciled, never blindly re-sent.
      if (from === S.Preparing || from === S.Ready) return { state: S.Queued, bumpVersion: false };
      if (from === S.Sending) return { state: S.Unknown, bumpVersion: false };
      if (from === S.Reconciling) return { state: S.Unknown, bumpVersion: false };
      throw notAllowed(from, event.type);
  }
  const worker = WORKER[event.type];
  if (!worker || !worker.from.includes(from)) throw notAllowed(from, event.type);
  return { state: worker.to, bumpVersion: false };
}

/** The states a person's event may start from (what a bulk change selects). */
export function statesAllowing(event: PostEventType): PostState[] {
  const person = PERSON[event];
  if (!person) throw new Error(`${event} is not a person's event`);
  return [...person.from];
}

export function canTransition(from: PostState, event: PostEvent): boolean {
  try {
    transition(from, event);
    return true;
  } catch {
    return false;
  }
}

function notAllowed(from: PostState, event: PostEventType): DomainError {
  if (event === 'edit' || event === 'schedule') {
    // A failed or held post is not edited back into the schedule: resolving it is the way, and the
    // message says so.
    if (from === 'failed' || from === 'needs_review')
      return new DomainError('POST_NEEDS_RESOLVE', { state: from });
    return new DomainError('POST_NOT_EDITABLE', { state: from });
  }
  if (event === 'cancel') return new DomainError('POST_NOT_CANCELLABLE', { state: from });
  return new DomainError('INVALID_POST_TRANSITION', { state: from, event });
}

/** What a person can do to a post (the names the api's routes and resolve choices use). */
export const POST_ACTIONS = ['schedule', 'edit', 'cancel', 'mark_published', 'send_again'] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

const ACTION_EVENT: Record<PostAction, PostEventType> = {
  schedule: 'schedule',
  edit: 'edit',
  cancel: 'cancel',
  mark_published: 'resolve_published',
  send_again: 'resolve_send_again',
};

/**
 * The actions a post's state allows (from the same rule book as the transitions), so a screen offers
 * exactly these. The caller's role may still refuse one (403).
 */
export function actionsFrom(state: PostState): PostAction[] {
  return POST_ACTIONS.filter((a) => canTransition(state, { type: ACTION_EVENT[a] } as PostEvent));
}
