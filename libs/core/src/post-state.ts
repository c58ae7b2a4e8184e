/**
 * The life of one post (one release x one social account), DESIGN §5; the value stored in
 * `posts.state`. Only libs/publishing's transitions table decides how a post moves between them.
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

export const ALL_POST_STATES: readonly PostState[] = Object.values(PostState);
