import { ApiProperty } from '@nestjs/swagger';
import { DraftView } from '../drafts/draft-response.dto';
import {
  APPROVAL_POLICY,
  DATE_TIME,
  listOf,
  NULLABLE_STRING,
  pageOf,
  PLATFORM,
} from '../openapi/api-schemas';
import { ReleaseView } from '../releases/release-response.dto';

const DECISION = { enum: ['approved', 'changes_requested'], enumName: 'ApprovalDecision' } as const;

export class ApprovalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) releaseId: string;
  @ApiProperty({ description: 'The version of the release the approver judged.' }) releaseVersion: number;
  @ApiProperty({ enum: [1, 2] }) step: number;
  @ApiProperty({ ...DECISION }) decision: string;
  @ApiProperty({ ...NULLABLE_STRING }) comment: string | null;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) decidedBy: string | null;
  @ApiProperty({ ...DATE_TIME }) decidedAt: string;
}

export const ApprovalList = listOf(ApprovalView, 'ApprovalList');

/** The release after a decision (with its new version) and the decision recorded, if any. */
export class ReleaseDecisionView extends ReleaseView {
  @ApiProperty({ type: ApprovalView, nullable: true }) approval: ApprovalView | null;
}

export class UserRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

/** A decision already made in the current review round (two-step: the first step). */
export class ReviewStepView {
  @ApiProperty({ enum: [1, 2] }) step: number;
  @ApiProperty({ ...DECISION }) decision: string;
  @ApiProperty({ type: UserRefView, nullable: true, description: 'null when the user is gone.' })
  decidedBy: UserRefView | null;
  @ApiProperty({ ...DATE_TIME }) decidedAt: string;
  @ApiProperty({ ...NULLABLE_STRING }) comment: string | null;
}

export class SubmittedMediaView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['original', 'instagram_padded', 'title_card'], enumName: 'DraftMediaPurpose' })
  purpose: string;
  @ApiProperty({ ...NULLABLE_STRING }) altText: string | null;
}

export class SubmittedDraftView {
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty() accountHandle: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String], nullable: true }) thread: string[] | null;
  @ApiProperty({ ...NULLABLE_STRING }) firstComment: string | null;
  @ApiProperty({ type: [SubmittedMediaView] }) media: SubmittedMediaView[];
}

/** What one submission sent for review: diff two of them to show what changed. */
export class SubmissionView {
  @ApiProperty({ description: "The release's version once submitted." }) version: number;
  @ApiProperty({ ...DATE_TIME }) submittedAt: string;
  @ApiProperty({ type: UserRefView, nullable: true }) submittedBy: UserRefView | null;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ ...NULLABLE_STRING }) link: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [SubmittedDraftView] }) drafts: SubmittedDraftView[];
}

export const SubmissionList = listOf(SubmissionView, 'SubmissionList');

/** An in-review release waiting for the caller, with what they need to judge it. */
export class QueuedReleaseView extends ReleaseView {
  @ApiProperty({ enum: [1, 2], description: 'The step the release waits for.' }) pendingStep: number;
  @ApiProperty({ ...APPROVAL_POLICY }) approvalPolicy: string;
  @ApiProperty({ ...DATE_TIME }) submittedAt: string;
  @ApiProperty({ type: UserRefView, nullable: true, description: 'null when the author is gone.' })
  author: UserRefView | null;
  @ApiProperty({ type: [ReviewStepView], description: 'Steps of this review round already done.' })
  stepsDone: ReviewStepView[];
  @ApiProperty({ type: [DraftView], description: 'The posts being approved, with their reports.' })
  drafts: DraftView[];
  @ApiProperty({ type: SubmissionView, nullable: true, description: "What this round's submission sent." })
  currentSubmission: SubmissionView | null;
  @ApiProperty({
    type: SubmissionView,
    nullable: true,
    description: 'The submission before it (null on a first round): diff it with currentSubmission.',
  })
  previousSubmission: SubmissionView | null;
}

export const ApprovalQueuePage = pageOf(QueuedReleaseView, 'ApprovalQueuePage');
