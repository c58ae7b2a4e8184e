/** The notifications' api types, named once, from the api's own OpenAPI document. */
import type { components } from '@web/lib/api/schema';

type S = components['schemas'];

export type NotificationKind = S['NotificationKind'];
/** One notification, already worded by the api in the reader's language. */
export type NotificationItem = S['NotificationView'];
export type NotificationPage = S['NotificationPage'];
/** The fields of a release (approvals queue item or release list item) a task line needs. */
export type ReleaseRef = Pick<
  S['ReleaseView'],
  'id' | 'title' | 'organizationId' | 'status' | 'updatedAt'
> & {
  submittedAt?: string | null;
};
export interface ReleaseRefPage {
  items: ReleaseRef[];
  nextCursor: string | null;
}
