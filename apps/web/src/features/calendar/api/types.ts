// Replace with components['schemas'][...] once schema.d.ts has response schemas (written from what
// GET /api/v1/calendar and POST /api/v1/posts/:id/schedule answer today).

export type Platform = 'x' | 'facebook' | 'instagram';

export type PostState =
  | 'draft'
  | 'scheduled'
  | 'queued'
  | 'preparing'
  | 'ready'
  | 'sending'
  | 'published'
  | 'retry_wait'
  | 'unknown'
  | 'reconciling'
  | 'needs_review'
  | 'failed'
  | 'cancelled';

/** One post on the time axis (GET /api/v1/calendar items). */
export interface CalendarItem {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  organizationName: string;
  socialAccountId: string;
  account: { handle: string; displayName: string };
  platform: Platform;
  state: PostState;
  version: number;
  /** The zone the times are written in (the post's own, else its node's). */
  zone: string;
  /** Where it sits on the calendar: publishedAt once published, publishAt otherwise. */
  at: string;
  publishAt: string | null;
  publishedAt: string | null;
  permalink: string | null;
  lastError: { class: string; message: string | null } | null;
}

export interface CalendarPage {
  items: CalendarItem[];
  nextCursor: string | null;
}

/** The post as POST /api/v1/posts/:id/schedule answers (the fields the calendar reads). */
export interface ScheduledPost {
  id: string;
  state: PostState;
  version: number;
  publishAt: string | null;
}
