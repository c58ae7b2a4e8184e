import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Platform, PLATFORMS } from '@warta/core';
import { ALL_POST_STATES, PostState } from '@warta/publishing';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { listQueryWithMaxLimit } from '../common/list-query.dto';

/** A time zone offset (or Z) is required: a bare local time would depend on whose clock reads it. */
export const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** A month view (six weeks) of a busy Kanwil's subtree in one answer: one round trip. */
export const CALENDAR_MAX_LIMIT = 5000;

export class CalendarQuery extends listQueryWithMaxLimit(CALENDAR_MAX_LIMIT) {
  @ApiProperty({ description: 'Start (inclusive), ISO 8601 with offset, e.g. 2026-12-01T00:00:00+07:00.' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'rule.offsetRequired' })
  from: string;

  @ApiProperty({ description: 'End (exclusive), ISO 8601 with offset; at most 92 days after `from`.' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'rule.offsetRequired' })
  to: string;

  @ApiPropertyOptional({ description: 'Posts of this node and the nodes below it.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: PLATFORMS })
  @IsOptional()
  @IsIn(PLATFORMS)
  platform?: Platform;

  @ApiPropertyOptional({ description: 'Comma-separated states, e.g. scheduled,failed.', type: String })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value,
  )
  @ArrayMaxSize(ALL_POST_STATES.length)
  @IsIn(ALL_POST_STATES, { each: true })
  state?: PostState[];
}
