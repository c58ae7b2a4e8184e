/**
 * Response types of the post screens, written from what the api returns (GET /posts from its
 * ListPostsQuery / PostListItemView, GET /posts/:id from PostDetailView).
 * Replace with components['schemas'][...] once schema.d.ts has response schemas
 * (PostPage, PostListItemView, PostDetailView, PostView).
 */

export interface PostError {
  /** The error's kind: the connectors' taxonomy (rate_limited, validation…) or the publisher's own
   * (too_late, ambiguous_match…). */
  class: string;
  message: string | null;
}

export interface PostListItem {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organization: { id: string; name: string; timezone: string };
  account: { id: string; platform: string; handle: string; displayName: string };
  platform: string;
  state: string;
  version: number;
  publishAt: string | null;
  publishedAt: string | null;
  permalink: string | null;
  excerpt: string;
  lastError: PostError | null;
}

export interface PostsPage {
  items: PostListItem[];
  nextCursor: string | null;
}

export interface PostAttempt {
  id: string;
  version: number;
  kind: 'post' | 'thread_part' | 'first_comment' | string;
  part: number;
  startedAt: string;
  finishedAt: string | null;
  outcome: 'pending' | 'sent' | 'rejected' | 'unknown' | 'found' | 'absent' | 'resolved' | string;
  platformId: string | null;
  /** The platform's error as it said it. */
  error: string | null;
  /** The error's kind, when the api gives it. */
  errorClass?: string | null;
}

export interface PostMetrics {
  capturedAt: string;
  views: number | null;
  reach: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number | null;
}

export interface PostHistoryEntry {
  action: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface PostDetail {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  socialAccountId: string;
  account: { handle: string; displayName: string; status: string };
  platform: string;
  state: string;
  version: number;
  publishAt: string | null;
  publishZone: string | null;
  publishedAt: string | null;
  platformPostId: string | null;
  permalink: string | null;
  childIds: string[];
  attemptCount: number;
  lastError: PostError | null;
  content: { text?: string; thread?: string[]; firstComment?: string; [k: string]: unknown };
  attempts?: PostAttempt[];
  /** Arrives with the api's next version; absent or null until metrics were collected. */
  metrics?: PostMetrics | null;
  history?: PostHistoryEntry[];
}

export interface PostFilter {
  organizationId: string;
  states: string[];
  platform: string | null;
  from: string | null;
  to: string | null;
}
