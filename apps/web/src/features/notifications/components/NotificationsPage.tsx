import { PageHeader } from '@web/components/PageHeader';

/** Placeholder until the screen lands (see issue 17's plan). */
export function NotificationsPage() {
  return <PageHeader title="NotificationsPage" />;
}
