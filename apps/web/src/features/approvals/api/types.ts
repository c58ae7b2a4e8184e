import type { components } from '@web/lib/api/schema';

type Schemas = components['schemas'];

/** The approval screens' types: the api's own response schemas (schema.d.ts, generated from its OpenAPI). */
export type UserRef = Schemas['UserRefView'];
export type Release = Schemas['ReleaseView'];
export type DraftMedia = Schemas['DraftMediaView'];
export type Draft = Schemas['DraftView'];
export type ReviewStep = Schemas['ReviewStepView'];
export type QueuedRelease = Schemas['QueuedReleaseView'];
export type Approval = Schemas['ApprovalView'];
export type Organization = Schemas['OrganizationView'];
export type AuditEvent = Schemas['AuditEventView'];
export type DecisionResult = Schemas['ReleaseDecisionView'];
/** What one submission sent for review (GET /releases/:id/submissions, newest first). */
export type Submission = Schemas['SubmissionView'];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
