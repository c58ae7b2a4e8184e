import { ApiProperty } from '@nestjs/swagger';
import { DraftView } from '../drafts/draft-response.dto';
import { APPROVAL_POLICY, DATE_TIME, listOf, NULLABLE_STRING, pageOf } from '../openapi/api-schemas';
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
}

export const ApprovalQueuePage = pageOf(QueuedReleaseView, 'ApprovalQueuePage');
