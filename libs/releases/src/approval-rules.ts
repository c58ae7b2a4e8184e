import type { ReleaseStatus } from './release';

export type ApprovalPolicy = 'none' | 'single_step' | 'two_step';

/**
 * What an edit does to a release's review state. An approval (or a pending review) is about the text
 * the approver read, so changing the content of a release that is in_review or approved returns it to
 * draft: it must be submitted (and approved) again. A release with changes requested stays there —
 * editing it is exactly what was asked — and is resubmitted when ready. Draft stays draft.
 */
export function statusAfterEdit(status: ReleaseStatus): ReleaseStatus {
  return status === 'in_review' || status === 'approved' ? 'draft' : status;
}

/** How many approvals by different approvers a release needs under a node's policy. */
export function approvalsRequired(policy: ApprovalPolicy): number {
  // 'none' skips review at submit time; a release already in review when the policy changed to
  // 'none' still needs one decision.
  return policy === 'two_step' ? 2 : 1;
}
