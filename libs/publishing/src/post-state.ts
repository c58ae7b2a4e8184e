import { PostState } from '@warta/core';

// The states themselves are vocabulary (libs/core); which moves are allowed is publishing's (post-transitions.ts).
export { ALL_POST_STATES, PostState } from '@warta/core';

/** States a person can no longer change: the outcome is final. */
export const TERMINAL_STATES: readonly PostState[] = [
  PostState.Published,
  PostState.Failed,
  PostState.Cancelled,
];

/**
 * States in which a send may be in flight or may already have happened. A person can neither edit
 * nor cancel here: the only honest answer is to wait for the outcome (or for reconciliation).
 */
export const IN_FLIGHT_STATES: readonly PostState[] = [
  PostState.Sending,
  PostState.Unknown,
  PostState.Reconciling,
];
