/**
 * Response types of the approvals screens, written from what the running api returns.
 * Replace with components['schemas'][...] once schema.d.ts has response schemas
 * (QueuedReleaseView, ApprovalView, ReleaseDecisionView, DraftView, OrganizationView, AuditEventView).
 */

export interface UserRef {
  id: string;
  name: string;
  email: string;
}

export interface Release {
  id: string;
  organizationId: string;
  authorId: string | null;
  title: string;
  body: string;
  link: string | null;
  language: string;
  tags: string[];
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DraftMedia {
  id: string;
  mime: string;
  width: number | null;
  height: number | null;
  altText: string | null;
  purpose: string;
  mediaKind?: string;
  url: string;
}

export interface Draft {
  id: string;
  releaseId: string;
  socialAccountId: string;
  account: { handle: string; displayName: string; status: string };
  platform: string;
  state: string;
  version: number;
  text: string;
  thread?: string[];
  firstComment?: string;
  hashtags: string[];
  media: DraftMedia[];
  edited: boolean;
  publishAt: string | null;
  report?: { publishable: boolean; problems: { code?: string; message: string }[] };
}

/** A decision already made in the current review round (two-step: the first step). */
export interface ReviewStep {
  step: number;
  decision: 'approved' | 'changes_requested';
  decidedBy: UserRef | null;
  decidedAt: string;
  comment: string | null;
}

/** An in-review release waiting for the caller. `author`, `stepsDone`, `drafts` arrive with the api's
 * next version; until then they are absent and the screens fetch or omit them. */
export interface QueuedRelease extends Release {
  pendingStep: number;
  approvalPolicy: 'none' | 'single_step' | 'two_step' | string;
  submittedAt: string;
  author?: UserRef | null;
  stepsDone?: ReviewStep[];
  drafts?: Draft[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Approval {
  id: string;
  releaseId: string;
  releaseVersion: number;
  step: number;
  decision: 'approved' | 'changes_requested';
  comment: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

export interface Organization {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  timezone: string;
  approvalPolicy: string;
}

export interface AuditEvent {
  id: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectId: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export type DecisionResult = Release & { approval: Approval | null };

/** What one submission sent for review (GET /releases/:id/submissions, newest first). */
export interface Submission {
  version: number;
  submittedAt: string;
  submittedBy: UserRef | null;
  title: string;
  body: string;
  link: string | null;
  tags: string[];
  drafts: {
    postId: string;
    platform: string;
    accountHandle: string;
    text: string;
    thread: string[] | null;
    firstComment: string | null;
  }[];
}
