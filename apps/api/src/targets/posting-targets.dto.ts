import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Platform } from '@warta/core';
import { PLATFORMS, PostingTarget } from '@warta/analytics';
import type { TargetPeriod } from '@warta/analytics';
import { INT4_MAX } from '../common/validators';

const PERIODS: TargetPeriod[] = ['week', 'month'];

export class SetPostingTargetDto {
  @ApiProperty({ enum: PLATFORMS }) @IsIn(PLATFORMS) platform: Platform;
  @ApiProperty({
    enum: PERIODS,
    description: "ISO week (Monday first) or calendar month, in the node's zone.",
  })
  @IsIn(PERIODS)
  period: TargetPeriod;
  @ApiProperty({ minimum: 1, maximum: 1000, description: 'Posts the node should publish per period.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  count: number;
  @ApiPropertyOptional({
    description:
      'The version you read; required to change an existing target, omitted to create one. 409 if it moved.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class DeletePostingTargetQueryDto {
  @ApiProperty({ enum: PLATFORMS }) @IsIn(PLATFORMS) platform: Platform;
  @ApiProperty({ enum: PERIODS }) @IsIn(PERIODS) period: TargetPeriod;
  @ApiProperty({ description: 'The version you read; 409 if it moved (as for every removal).' })
  @IsDefined({ message: 'rule.versionRequired' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
}

export function targetView(t: PostingTarget) {
  return {
    id: t.id,
    organizationId: t.organizationId,
    platform: t.platform,
    period: t.period,
    count: t.count,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
