import { PageHeader } from '@web/components/PageHeader';

/** Placeholder until the screen lands (see issue 17's plan). */
export function ApprovalReviewPage() {
  return <PageHeader title="ApprovalReviewPage" />;
}
