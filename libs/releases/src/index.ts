export * from './release';
export type { ReleaseFilter, NewRelease, ReleasePatch } from './releases.repository';
export * from './release-access.service';
export * from './create-release.use-case';
export * from './update-release.use-case';
export * from './archive-release.use-case';
export * from './set-release-media.use-case';
export * from './compose-preview.use-case';
export * from './draft-content';
export * from './draft-validation';
export type { ConnectedAccount } from './connected-accounts.repository';
export type { Draft } from './posts.repository';
export * from './create-drafts.use-case';
export * from './update-draft.use-case';
export * from './draft-post-states';
export * from './approval-rules';
export type {
  ApprovalDecision,
  Approval,
  UserRef,
  ReviewStep,
  QueuedRelease,
  ApprovalQueueFilter,
} from './approvals.repository';
export * from './list-approval-queue.use-case';
export type { SubmittedDraft, SubmissionSnapshot, ReleaseSubmission } from './release-submissions.repository';
export { snapshotOf } from './release-submissions.repository';
export * from './release-approval.use-cases';
export * from './releases.module';
export * from './list-releases.use-case';
export * from './get-release.use-case';
export * from './list-release-media.use-case';
export * from './list-release-approvals.use-case';
export * from './list-release-submissions.use-case';
export * from './list-drafts.use-case';
