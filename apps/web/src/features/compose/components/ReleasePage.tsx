import { PageHeader } from '@web/components/PageHeader';

/** Placeholder until the screen lands (see issue 17's plan). */
export function ReleasePage() {
  return <PageHeader title="ReleasePage" />;
}
