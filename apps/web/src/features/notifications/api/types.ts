// Replace with components['schemas'][...] once schema.d.ts has response schemas (written from what
// GET /api/v1/notifications, GET /api/v1/approvals and GET /api/v1/releases answer today).

export type NotificationKind = 'post_failed' | 'post_needs_review' | 'account_needs_reconnect';

/** One notification, already worded by the api in the reader's language. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  reason: string;
  title: string;
  body: string;
  organizationId: string;
  postId: string | null;
  socialAccountId: string | null;
  params: Record<string, string | number | null>;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
}

/** The fields of a release (approvals queue item or release list item) a task line needs. */
export interface ReleaseRef {
  id: string;
  title: string;
  organizationId: string;
  status: string;
  updatedAt: string;
  submittedAt?: string;
}

export interface ReleaseRefPage {
  items: ReleaseRef[];
  nextCursor: string | null;
}
