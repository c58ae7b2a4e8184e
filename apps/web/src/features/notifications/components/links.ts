import type { NotificationItem, ReleaseRef } from '../api/types';

/** The screen where a notification's problem is fixed. */
export function notificationLink(n: Pick<NotificationItem, 'kind' | 'postId'>): string {
  if (n.kind === 'account_needs_reconnect') return '/accounts';
  return n.postId ? `/posts/${n.postId}` : '/posts';
}

/** A release waiting for the reader's approval opens in the review screen. */
export const approvalLink = (r: Pick<ReleaseRef, 'id'>) => `/approvals/${r.id}`;

/** A release sent back for changes opens in its editor. */
export const changesLink = (r: Pick<ReleaseRef, 'id'>) => `/releases/${r.id}`;

/** "99+" past the cap; the exact number below it. */
export function countText(count: number, cap: number): string {
  return count > cap ? `${cap}+` : String(count);
}
