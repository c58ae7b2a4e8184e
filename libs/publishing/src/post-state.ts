/**
 * The life of one post (one release x one social account), DESIGN §5:
 *
 *   DRAFT -> SCHEDULED -> QUEUED -> PREPARING -> READY -> SENDING -> PUBLISHED
 *   side states: RETRY_WAIT, UNKNOWN -> RECONCILING, NEEDS_REVIEW, FAILED, CANCELLED
 */
export enum PostState {
  Draft = 'draft',
  Scheduled = 'scheduled',
  Queued = 'queued',
  Preparing = 'preparing',
  Ready = 'ready',
  Sending = 'sending',
  Published = 'published',
  RetryWait = 'retry_wait',
  Unknown = 'unknown',
  Reconciling = 'reconciling',
  NeedsReview = 'needs_review',
  Failed = 'failed',
  Cancelled = 'cancelled',
}

export const ALL_POST_STATES = Object.values(PostState);

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
