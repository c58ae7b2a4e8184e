import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  Matches,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PLATFORMS, type Platform } from '@warta/database';
import { ALL_POST_STATES, PostState, type ScheduleRequest } from '@warta/publishing';
import { Transform } from 'class-transformer';
import { WITH_OFFSET } from '../calendar/calendar.dto';
import { ListQueryDto } from '../common/list-query.dto';
import { INT4_MAX } from '../common/validators';

const MODES = ['at', 'now', 'next_slot'] as const;

export class ScheduleDto {
  @ApiProperty({
    enum: MODES,
    description:
      '"at": at `publishAt` (ISO 8601 with offset) or `localTime` (YYYY-MM-DDTHH:mm in the node\'s zone); "now"; "next_slot": the account\'s next free posting slot.',
  })
  @IsIn(MODES)
  mode: (typeof MODES)[number];
  @ApiPropertyOptional({ example: '2026-12-01T08:00:00+07:00' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  publishAt?: string;
  @ApiPropertyOptional({ example: '2026-12-01T08:00', description: "Local time in the node's zone." })
  @IsOptional()
  @IsString()
  @MaxLength(25)
  localTime?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class SchedulePostDto extends ScheduleDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
}

export class ScheduleReleaseDto extends ScheduleDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'Only these posts of the release (default: every draft).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  postIds?: string[];
}

export class CancelPostDto {
  @ApiProperty() @IsInt() @Min(1) @Max(INT4_MAX) version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

const RESOLVE_ACTIONS = ['mark_published', 'send_again'] as const;

export class ResolvePostDto {
  @ApiProperty() @IsInt() @Min(1) @Max(INT4_MAX) version: number;
  @ApiProperty({
    enum: RESOLVE_ACTIONS,
    description:
      '"mark_published": you found it on the platform (give its link); "send_again": publish it now as a new version.',
  })
  @IsIn(RESOLVE_ACTIONS)
  action: (typeof RESOLVE_ACTIONS)[number];
  @ApiPropertyOptional({ description: 'Required for mark_published: the https link of the post.' })
  @ValidateIf((o: ResolvePostDto) => o.action === 'mark_published')
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  permalink?: string;
  @ApiPropertyOptional({ description: 'The platform id of the post, when you know it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  platformPostId?: string;
  @ApiProperty({ description: 'Why: kept in the audit trail.' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class PostingSlotsDto {
  @ApiProperty() @IsInt() @Min(1) @Max(INT4_MAX) version: number;
  @ApiProperty({
    type: [String],
    example: ['08:00', '12:00', '19:00'],
    description: "HH:MM in the node's zone.",
  })
  @IsArray()
  @ArrayMaxSize(48)
  @IsString({ each: true })
  @MaxLength(5, { each: true })
  slots: string[];
}

export function scheduleRequestOf(dto: ScheduleDto): ScheduleRequest {
  if (dto.mode === 'at') return { mode: 'at', publishAt: dto.publishAt, localTime: dto.localTime };
  return { mode: dto.mode };
}

export class ListPostsQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Posts of this node and the nodes below it (default: all of yours).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: 'Comma-separated states, e.g. failed,needs_review.', type: String })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value,
  )
  @ArrayMaxSize(ALL_POST_STATES.length)
  @IsIn(ALL_POST_STATES, { each: true })
  state?: PostState[];

  @ApiPropertyOptional({ enum: PLATFORMS, enumName: 'Platform' })
  @IsOptional()
  @IsIn(PLATFORMS)
  platform?: Platform;

  @ApiPropertyOptional() @IsOptional() @IsUUID() releaseId?: string;

  @ApiPropertyOptional({ description: 'The social account the post goes to.' })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @ApiPropertyOptional({ description: 'publishAt from (inclusive), ISO 8601 with offset.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET)
  from?: string;

  @ApiPropertyOptional({ description: 'publishAt before (exclusive), ISO 8601 with offset.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET)
  to?: string;
}
