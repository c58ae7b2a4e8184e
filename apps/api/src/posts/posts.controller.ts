import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetLatestPostMetrics } from '@warta/analytics';
import { Actor } from '@warta/core';
import {
  CancelPost,
  GetPostDetail,
  ListPosts,
  ResolvePost,
  SchedulePosts,
  SetPostingSlots,
} from '@warta/publishing';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  CancelPostDto,
  ListPostsQuery,
  PostingSlotsDto,
  ResolvePostDto,
  scheduleRequestOf,
  SchedulePostDto,
  ScheduleReleaseDto,
} from './posts.dto';
import { postDetailView } from './post-detail.mapper';
import { PostDetailView, PostingSlotsView, PostPage, PostView, PostViewList } from './post-response.dto';

/** Scheduling and the life of posts after their draft: schedule, cancel, read, resolve. */
@ApiTags('posts')
@ApiBearerAuth()
@Controller()
export class PostsController {
  constructor(
    private readonly getPostDetail: GetPostDetail,
    private readonly listPosts: ListPosts,
    private readonly schedulePosts: SchedulePosts,
    private readonly cancelPost: CancelPost,
    private readonly resolvePost: ResolvePost,
    private readonly setPostingSlots: SetPostingSlots,
    private readonly getLatestMetrics: GetLatestPostMetrics,
  ) {}

  /**
   * Posts of the caller's subtree(s) (or of one node's), newest publish time first, filtered by
   * state, platform, release, account and publish time. A node outside your subtree is a 404.
   */
  @Get('posts')
  @ApiOkResponse({ type: PostPage })
  list(@CurrentActor() actor: Actor, @Query() q: ListPostsQuery) {
    return this.listPosts.execute(actor, {
      organizationId: q.organizationId,
      states: q.state,
      platform: q.platform,
      releaseId: q.releaseId,
      socialAccountId: q.accountId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit ?? 50,
      cursor: q.cursor,
    });
  }

  /**
   * A post with its state, times (in its node's zone), outcome, every send attempt, its latest
   * metrics and the changes people made to it (from the audit trail), oldest first.
   */
  @Get('posts/:id')
  @ApiOkResponse({ type: PostDetailView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const { post, history } = await this.getPostDetail.execute(actor, id);
    return postDetailView(post, await this.getLatestMetrics.execute(id), history);
  }

  /**
   * Schedules every draft of a release (or `postIds`) at one time, now, or each account's next
   * free slot. Under a review policy the release must be approved first.
   */
  @Post('releases/:id/schedule')
  @ApiOkResponse({ type: PostViewList })
  @HttpCode(200)
  async scheduleRelease(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: ScheduleReleaseDto,
  ) {
    const items = await this.schedulePosts.execute(actor, {
      target: { releaseId: id, postIds: dto.postIds },
      request: scheduleRequestOf(dto),
      reason: dto.reason,
    });
    return { items };
  }

  /** Schedules or reschedules one post (a new version: any job for the old one does nothing). */
  @Post('posts/:id/schedule')
  @ApiOkResponse({ type: PostView })
  @HttpCode(200)
  async schedule(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: SchedulePostDto,
  ) {
    const [post] = await this.schedulePosts.execute(actor, {
      target: { postId: id, version: dto.version },
      request: scheduleRequestOf(dto),
      reason: dto.reason,
    });
    return post;
  }

  /** Cancels a post whose send has not started. 409 while a send may be in flight. */
  @Post('posts/:id/cancel')
  @ApiOkResponse({ type: PostView })
  @HttpCode(200)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: CancelPostDto,
  ) {
    return this.cancelPost.execute(actor, { id, version: dto.version, reason: dto.reason });
  }

  /**
   * Settles a post that needs review: mark it published (with its link) after checking the
   * platform, or send it again now. Audited with your reason.
   */
  @Post('posts/:id/resolve')
  @ApiOkResponse({ type: PostView })
  @HttpCode(200)
  resolve(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: ResolvePostDto,
  ) {
    const base = { id, version: dto.version, reason: dto.reason };
    return this.resolvePost.execute(
      actor,
      dto.action === 'mark_published'
        ? { ...base, action: 'mark_published', permalink: dto.permalink!, platformPostId: dto.platformPostId }
        : { ...base, action: 'send_again' },
    );
  }

  /** The account's posting slots for "next free slot" (local HH:MM in its node's zone). */
  @Put('accounts/:id/posting-slots')
  @ApiOkResponse({ type: PostingSlotsView })
  postingSlots(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: PostingSlotsDto,
  ) {
    return this.setPostingSlots.execute(actor, { accountId: id, version: dto.version, slots: dto.slots });
  }
}
