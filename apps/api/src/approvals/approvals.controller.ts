import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { MediaUrlSigner } from '@warta/media';
import {
  ApproveRelease,
  ListApprovalQueue,
  ListReleaseApprovals,
  ListReleaseSubmissions,
  RequestReleaseChanges,
  SubmitRelease,
} from '@warta/releases';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  ApprovalQueueQuery,
  approvalView,
  ApproveReleaseDto,
  decisionView,
  queuedView,
  RequestChangesDto,
  submissionView,
  SubmitReleaseDto,
} from './approvals.dto';
import {
  ApprovalList,
  ApprovalQueuePage,
  ReleaseDecisionView,
  SubmissionList,
} from './approval-response.dto';

/** The review flow of a release: submit, approve, request changes, history, and the approver queue. */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller()
export class ApprovalsController {
  constructor(
    private readonly listQueue: ListApprovalQueue,
    private readonly signer: MediaUrlSigner,
    private readonly listSubmissions: ListReleaseSubmissions,
    private readonly listApprovals: ListReleaseApprovals,
    private readonly submit: SubmitRelease,
    private readonly approve: ApproveRelease,
    private readonly requestChanges: RequestReleaseChanges,
  ) {}

  /**
   * In-review releases awaiting the caller across their release:approve subtree(s), oldest first, each
   * with its author, the steps of this round already done (and by whom) and the drafts being approved.
   */
  @Get('approvals')
  @ApiOkResponse({ type: ApprovalQueuePage })
  async queue(@CurrentActor() actor: Actor, @Query() q: ApprovalQueueQuery, @Req() req: WartaRequest) {
    const page = await this.listQueue.execute(actor, {
      organizationId: q.organizationId,
      limit: q.limit ?? 50,
      cursor: q.cursor,
    });
    return {
      items: page.items.map((i) => queuedView(i, req.lang, this.signer)),
      nextCursor: page.nextCursor,
    };
  }

  @Get('releases/:id/approvals')
  @ApiOkResponse({ type: ApprovalList })
  async history(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const items = await this.listApprovals.execute(actor, id);
    return { items: items.map(approvalView) };
  }

  /** What each submission sent for review, newest first: diff two to show what changed between versions. */
  @Get('releases/:id/submissions')
  @ApiOkResponse({ type: SubmissionList })
  async submissionsRoute(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    return { items: (await this.listSubmissions.execute(actor, id)).map(submissionView) };
  }

  @Post('releases/:id/submit')
  @ApiOkResponse({ type: ReleaseDecisionView })
  @HttpCode(200)
  async submitRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: SubmitReleaseDto,
  ) {
    return decisionView(await this.submit.execute(actor, { ...dto, id }));
  }

  @Post('releases/:id/approve')
  @ApiOkResponse({ type: ReleaseDecisionView })
  @HttpCode(200)
  async approveRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: ApproveReleaseDto,
  ) {
    return decisionView(await this.approve.execute(actor, { ...dto, id }));
  }

  @Post('releases/:id/request-changes')
  @ApiOkResponse({ type: ReleaseDecisionView })
  @HttpCode(200)
  async requestChangesRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: RequestChangesDto,
  ) {
    return decisionView(await this.requestChanges.execute(actor, { ...dto, id }));
  }
}
