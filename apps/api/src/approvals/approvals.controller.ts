import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import {
  ApprovalsRepository,
  ApproveRelease,
  ReleaseAccess,
  RequestReleaseChanges,
  SubmitRelease,
} from '@warta/releases';
import { DataSource } from 'typeorm';
import { CurrentActor } from '../common/current-actor.decorator';
import { ListQueryDto } from '../common/list-query.dto';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  approvalView,
  ApproveReleaseDto,
  decisionView,
  queuedView,
  RequestChangesDto,
  SubmitReleaseDto,
} from './approvals.dto';

/** The review flow of a release: submit, approve, request changes, history, and the approver queue. */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller()
export class ApprovalsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly access: ReleaseAccess,
    private readonly approvals: ApprovalsRepository,
    private readonly submit: SubmitRelease,
    private readonly approve: ApproveRelease,
    private readonly requestChanges: RequestReleaseChanges,
  ) {}

  /** In-review releases awaiting the caller across their release:approve subtree(s), oldest first. */
  @Get('approvals')
  async queue(@CurrentActor() actor: Actor, @Query() q: ListQueryDto) {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseApprove);
    const page = await this.approvals.queue(scope, { limit: q.limit ?? 50, cursor: q.cursor });
    return { items: page.items.map(queuedView), nextCursor: page.nextCursor };
  }

  @Get('releases/:id/approvals')
  async history(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const release = await this.access.forRead(actor, id);
    const items = await this.approvals.forRelease(this.dataSource.manager, release.id);
    return { items: items.map(approvalView) };
  }

  @Post('releases/:id/submit')
  @HttpCode(200)
  async submitRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: SubmitReleaseDto,
  ) {
    return decisionView(await this.submit.execute(actor, { ...dto, id }));
  }

  @Post('releases/:id/approve')
  @HttpCode(200)
  async approveRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: ApproveReleaseDto,
  ) {
    return decisionView(await this.approve.execute(actor, { ...dto, id }));
  }

  @Post('releases/:id/request-changes')
  @HttpCode(200)
  async requestChangesRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: RequestChangesDto,
  ) {
    return decisionView(await this.requestChanges.execute(actor, { ...dto, id }));
  }
}
