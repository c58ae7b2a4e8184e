import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentNode, useWorkNode, type Me } from '@web/lib/current-node';
import {
  useApprovalHistory,
  useQueueEntry,
  useReleaseDrafts,
  useReleaseEdits,
  useReleaseSubmissions,
  useVisibleNodes,
} from '../api/approvals';
import type { Approval, Organization, QueuedRelease, Release } from '../api/types';
import type { StepInfo } from '../components/StepStatus';
import { releaseChanges, submissionChanges, type ReleaseChanges } from '../lib/release-changes';
import { currentFirstStep, decisionRight } from '../lib/review-state';

/**
 * What the review screen shows of one release: its unit and zone, its queue entry, its decisions,
 * its posts, where it is in its review, whether I may decide, and what changed since last time.
 */
export function useReview(release: Release) {
  const { me } = useCurrentNode();
  const node = useWorkNode();
  const entry = useQueueEntry(release.id);
  const history = useApprovalHistory(release.id);
  const nodes = useVisibleNodes();
  const queued: QueuedRelease | null = entry.data ?? null;
  const drafts = useReleaseDrafts(release.id, !queued?.drafts);
  const changes = useReviewChanges(release, history.data);
  const unit = nodes.data?.find((n) => n.id === release.organizationId);
  const firstStep = useMemo(() => currentFirstStep(release, history.data ?? []), [release, history.data]);

  return {
    me,
    unit,
    zone: unit?.timezone ?? node.timezone,
    queued,
    history,
    drafts,
    /** The posts: the queue entry's, else the release's own. */
    draftList: queued?.drafts ?? drafts.data,
    stepInfo: stepInfoOf(release, me, queued, unit, firstStep),
    right: decisionRight(release, me, entry.isPending, queued, firstStep),
    changes,
  };
}

function stepInfoOf(
  release: Release,
  me: Me,
  queued: QueuedRelease | null,
  unit: Organization | undefined,
  firstStep: Approval | null,
): StepInfo {
  return {
    policy: queued?.approvalPolicy ?? unit?.approvalPolicy ?? 'single_step',
    pendingStep: release.status === 'in_review' ? (queued?.pendingStep ?? (firstStep ? 2 : 1)) : null,
    firstStep: firstStep
      ? {
          name:
            queued?.stepsDone?.find((s) => s.step === 1)?.decidedBy?.name ??
            (firstStep.decidedBy === me.user.id ? me.user.name : null),
          at: firstStep.decidedAt,
        }
      : null,
  };
}

/**
 * What changed since the last review (undefined while loading, null when it cannot be told).
 * The api keeps what each submission sent: diff the last two. Releases submitted before it kept
 * them have none; for those the audit trail's edits tell what changed (when the reader may read it).
 */
function useReviewChanges(
  release: Release,
  history: Approval[] | undefined,
): ReleaseChanges | null | undefined {
  const { t } = useTranslation('approvals');
  const { me } = useCurrentNode();
  const decided = (history?.length ?? 0) > 0;
  const submissions = useReleaseSubmissions(release.id);
  // Without audit:read the api answers an empty trail, which would read as "nothing changed".
  const canAudit = me.permissions.some((p) => p.permissions.includes('audit:read'));
  const edits = useReleaseEdits(
    release.id,
    decided && canAudit && !submissions.isPending && !submissions.data?.length,
  );
  const postLabel = (d: { platform: string; accountHandle: string }) =>
    `${t(`common:platform.${d.platform}`)} — ${d.platform === 'facebook' ? d.accountHandle : `@${d.accountHandle}`}`;

  if (!history || submissions.isPending) return undefined;
  if (submissions.data?.length)
    return submissionChanges(submissions.data[0]!, submissions.data[1] ?? null, history, postLabel);
  if (!decided) return { first: true, since: null, fields: [] };
  if (edits.isError || !canAudit) return null;
  return edits.data ? releaseChanges(release, history, edits.data) : undefined;
}

export type Review = ReturnType<typeof useReview>;
