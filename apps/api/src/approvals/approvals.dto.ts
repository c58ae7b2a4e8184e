import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ListQueryDto } from '../common/list-query.dto';
import type { Language } from '@warta/core';
import type { MediaUrlSigner } from '@warta/media';
import type {
  Approval,
  ApprovalQueueItem,
  DecisionResult,
  ReleaseSubmission,
  ReviewStep,
} from '@warta/releases';
import { draftView } from '../drafts/drafts.dto';
import { releaseView } from '../releases/releases.dto';
import { INT4_MAX } from '../common/validators';

export class ApprovalQueueQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Only releases of this node and the nodes below it (e.g. one unit).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class SubmitReleaseDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ApproveReleaseDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class RequestChangesDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiProperty({ description: 'What the editor should change.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment: string;
}

export function approvalView(a: Approval) {
  return {
    id: a.id,
    releaseId: a.releaseId,
    releaseVersion: a.releaseVersion,
    step: a.step,
    decision: a.decision,
    comment: a.comment,
    decidedBy: a.decidedBy,
    decidedAt: a.decidedAt.toISOString(),
  };
}

/** The release after a decision (with its new version) and the decision recorded, if any. */
export function decisionView(d: DecisionResult) {
  return { ...releaseView(d.release), approval: d.approval ? approvalView(d.approval) : null };
}

export function queuedView(q: ApprovalQueueItem, lang: Language, signer: MediaUrlSigner) {
  return {
    ...releaseView(q.release),
    pendingStep: q.step,
    approvalPolicy: q.policy,
    submittedAt: q.submittedAt.toISOString(),
    author: q.author,
    stepsDone: q.stepsDone.map(stepView),
    drafts: q.drafts.map((d) => draftView(d, q.release, lang, signer)),
    currentSubmission: q.currentSubmission ? submissionView(q.currentSubmission) : null,
    previousSubmission: q.previousSubmission ? submissionView(q.previousSubmission) : null,
  };
}

export function submissionView(s: ReleaseSubmission) {
  return {
    version: s.version,
    submittedAt: s.submittedAt.toISOString(),
    submittedBy: s.submittedBy,
    title: s.title,
    body: s.body,
    link: s.link,
    tags: s.tags,
    drafts: s.drafts,
  };
}

function stepView(s: ReviewStep) {
  return {
    step: s.step,
    decision: s.decision,
    decidedBy: s.decidedByUser,
    decidedAt: s.decidedAt.toISOString(),
    comment: s.comment,
  };
}
