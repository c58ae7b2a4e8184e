/** What a notification (and a webhook event) is about; also the webhook's event names. */
export type NotificationKind = 'post_failed' | 'post_needs_review' | 'account_needs_reconnect';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'post_failed',
  'post_needs_review',
  'account_needs_reconnect',
];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
