import {
  useDrafts,
  useRelease,
  useReleaseApprovals,
  useScheduleRelease,
  useSubmitRelease,
} from '../api/releases';

/**
 * What the release page reads and does beyond the release's text: its drafts and review, submit and
 * schedule, and a reload that reads them all again after a conflict.
 */
export function useReleaseWorkflow(releaseId: string) {
  const drafts = useDrafts(releaseId);
  const approvals = useReleaseApprovals(releaseId);
  const releaseQuery = useRelease(releaseId);
  const submit = useSubmitRelease(releaseId);
  const schedule = useScheduleRelease(releaseId);

  const reload = () => {
    submit.reset();
    schedule.reset();
    void releaseQuery.refetch();
    void drafts.refetch();
    void approvals.refetch();
  };

  return { drafts, approvals, submit, schedule, reload };
}

export type ReleaseWorkflow = ReturnType<typeof useReleaseWorkflow>;
