import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import type { Language } from '@warta/core';
import type { MediaUrlSigner } from '@warta/media';
import type { Approval, ApprovalQueueItem, DecisionResult, ReviewStep } from '@warta/releases';
import { draftView } from '../drafts/drafts.dto';
import { releaseView } from '../releases/releases.dto';

export class SubmitReleaseDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ApproveReleaseDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class RequestChangesDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' }) @IsInt() @Min(1) version: number;
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
