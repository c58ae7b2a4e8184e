import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { ListAuditEvents } from '@warta/organizations';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentActor } from '../common/current-actor.decorator';
import { ListQueryDto } from '../common/list-query.dto';
import { AuditEventPage } from './audit-response.dto';

export class AuditQuery extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ example: 'membership.created' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) subjectType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) subjectId?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly listAuditEvents: ListAuditEvents) {}

  /** The audit trail of the caller's subtree, newest first. */
  @Get()
  @ApiOkResponse({ type: AuditEventPage })
  list(@CurrentActor() actor: Actor, @Query() q: AuditQuery) {
    return this.listAuditEvents.execute(actor, {
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit ?? 50,
    });
  }
}
