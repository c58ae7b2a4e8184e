import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import {
  ArchiveRelease,
  CreateRelease,
  GetRelease,
  ListReleaseMedia,
  ListReleases,
  SetReleaseMedia,
  UpdateRelease,
} from '@warta/releases';
import { CurrentActor } from '../common/current-actor.decorator';
import { IdempotencyInterceptor } from '../common/idempotency.interceptor';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  ArchiveReleaseDto,
  CreateReleaseDto,
  ListReleasesQuery,
  releaseView,
  SetReleaseMediaDto,
  UpdateReleaseDto,
} from './releases.dto';
import { ReleasePage, ReleaseView } from './release-response.dto';

@ApiTags('releases')
@ApiBearerAuth()
@Controller('releases')
export class ReleasesController {
  constructor(
    private readonly listReleases: ListReleases,
    private readonly getRelease: GetRelease,
    private readonly listReleaseMedia: ListReleaseMedia,
    private readonly create: CreateRelease,
    private readonly update: UpdateRelease,
    private readonly archive: ArchiveRelease,
    private readonly setMedia: SetReleaseMedia,
  ) {}

  /** Releases in the caller's subtree(s), newest first. */
  @Get()
  @ApiOkResponse({ type: ReleasePage })
  async list(@CurrentActor() actor: Actor, @Query() q: ListReleasesQuery) {
    const page = await this.listReleases.execute(actor, { ...q, limit: q.limit ?? 50 });
    return { items: page.items.map((r) => releaseView(r)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: ReleaseView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const { release, media } = await this.getRelease.execute(actor, id);
    return releaseView(release, media);
  }

  @Post()
  @ApiCreatedResponse({ type: ReleaseView })
  @UseInterceptors(IdempotencyInterceptor)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat-safe creation.' })
  async createRoute(@CurrentActor() actor: Actor, @Body() dto: CreateReleaseDto) {
    const { link, ...rest } = dto;
    return releaseView(await this.create.execute(actor, { ...rest, linkUrl: link }), []);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ReleaseView })
  async updateRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: UpdateReleaseDto,
  ) {
    const { link, ...rest } = dto;
    const release = await this.update.execute(actor, { ...rest, linkUrl: link, id });
    return releaseView(release, await this.listReleaseMedia.execute(actor, release.id));
  }

  /** Archives (releases are never deleted: the audit trail points at them). */
  @Delete(':id')
  @ApiOkResponse({ type: ReleaseView })
  async deleteRoute(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    return releaseView(await this.archive.execute(actor, { id }));
  }

  @Post(':id/archive')
  @ApiOkResponse({ type: ReleaseView })
  @HttpCode(200)
  async archiveRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: ArchiveReleaseDto,
  ) {
    return releaseView(await this.archive.execute(actor, { ...dto, id }));
  }

  /** Replaces the release's media list (attach, detach, reorder, alt text). */
  @Put(':id/media')
  @ApiOkResponse({ type: ReleaseView })
  async mediaRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: SetReleaseMediaDto,
  ) {
    const { release, media } = await this.setMedia.execute(actor, { id, ...dto });
    return releaseView(release, media);
  }
}
