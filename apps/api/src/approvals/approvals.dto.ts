import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { Approval, DecisionResult, QueuedRelease } from '@warta/releases';
import { releaseView } from '../releases/releases.dto';
import { INT4_MAX } from '../common/validators';

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

export function queuedView(q: QueuedRelease) {
  return {
    ...releaseView(q.release),
    pendingStep: q.step,
    approvalPolicy: q.policy,
    submittedAt: q.submittedAt.toISOString(),
  };
}
