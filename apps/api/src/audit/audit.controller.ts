import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditEventsRepository } from '@warta/audit';
import { Actor } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
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
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly events: AuditEventsRepository,
  ) {}

  /** The audit trail of the caller's subtree, newest first. */
  @Get()
  @ApiOkResponse({ type: AuditEventPage })
  async list(@CurrentActor() actor: Actor, @Query() q: AuditQuery) {
    // One rule for every list filter (DESIGN §8): a node outside the caller's subtree is 404, not an empty list.
    if (q.organizationId) await this.scopes.requireNode(actor.userId, q.organizationId, Permission.AuditRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.AuditRead);
    return this.events.list(scope, {
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit ?? 50,
    });
  }
}
