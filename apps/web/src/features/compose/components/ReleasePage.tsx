import { Stack } from '@mantine/core';
import { PageHeader } from '@web/components/PageHeader';
import { QueryState } from '@web/components/QueryState';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRelease } from '../api/releases';
import type { Release } from '../api/types';
import { useReleaseWorkflow } from '../hooks/useReleaseWorkflow';
import { ReleaseContent } from './ReleaseContent';
import { ReleaseDraftsSection } from './ReleaseDraftsSection';
import { ReleaseReviewSection } from './ReleaseReviewSection';
import { ReleaseScheduleSection } from './ReleaseScheduleSection';
import { ReleaseStatusBadge } from './ReleaseStatusBadge';

const EDITABLE = new Set(['draft', 'changes_requested']);

/**
 * One release from draft to calendar: its text (editable until it is submitted), the post for each
 * connected account, the review (who decided what, and their note), submit, and then schedule.
 */
export function ReleasePage() {
  const { releaseId = '' } = useParams();
  const { t } = useTranslation(['compose', 'common']);
  const release = useRelease(releaseId);
  return (
    <QueryState query={release} label={t('release.loading')}>
      {(r) => <ReleaseView release={r} />}
    </QueryState>
  );
}

function ReleaseView({ release }: { release: Release }) {
  const { t } = useTranslation(['compose', 'common']);
  const node = useWorkNode();
  const { me } = useCurrentNode();
  const { drafts, approvals, submit, schedule, reload } = useReleaseWorkflow(release.id);
  const canWrite = node.permissions.includes('release:write');
  const canSchedule = node.permissions.includes('post:schedule');
  const policy = node.approvalPolicy;
  const editable = canWrite && EDITABLE.has(release.status);
  const schedulable =
    canSchedule && release.status !== 'archived' && (release.status === 'approved' || policy === 'none');
  const items = drafts.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={release.title}
        description={t('release.description', {
          updated: formatDateTime(release.updatedAt, node.timezone, currentLanguage()),
        })}
        actions={<ReleaseStatusBadge status={release.status} />}
      />
      <Stack gap="xl">
        <ReleaseContent release={release} editable={editable} onReload={reload} />
        <ReleaseReviewSection
          release={release}
          approvals={approvals.data?.items ?? []}
          meId={me.user.id}
          policy={policy}
          canSubmit={editable}
          submit={submit}
          draftCount={items.length}
          onReload={reload}
        />
        <ReleaseDraftsSection release={release} drafts={drafts} canWrite={canWrite} onReload={reload} />
        <ReleaseScheduleSection
          drafts={items}
          archived={release.status === 'archived'}
          schedulable={schedulable}
          canSchedule={canSchedule}
          zone={node.timezone}
          schedule={schedule}
          onReload={reload}
        />
      </Stack>
    </>
  );
}
