import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { MediaUrlSigner } from '@warta/media';
import { ComposeDrafts, EditPost } from '@warta/publishing';
import { ListDrafts } from '@warta/releases';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CreateDraftsDto, draftView, UpdateDraftDto } from './drafts.dto';
import { DraftList, DraftView } from './draft-response.dto';

@ApiTags('drafts')
@ApiBearerAuth()
@Controller()
export class DraftsController {
  constructor(
    private readonly listDrafts: ListDrafts,
    private readonly composeDrafts: ComposeDrafts,
    private readonly editPost: EditPost,
    private readonly signer: MediaUrlSigner,
  ) {}

  /**
   * One draft per active connected account of the release's node, with media rendered. Safe to
   * repeat: untouched drafts are refreshed, edited ones kept (see `outcome`).
   */
  @Post('releases/:id/drafts')
  @ApiCreatedResponse({ type: DraftList })
  async createRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: CreateDraftsDto,
    @Req() req: WartaRequest,
  ) {
    const result = await this.composeDrafts.execute(actor, { releaseId: id, options: dto.options }, req.lang);
    return {
      items: result.drafts.map(({ draft, outcome }) =>
        draftView(draft, result.release, req.lang, this.signer, outcome),
      ),
    };
  }

  @Get('releases/:id/drafts')
  @ApiOkResponse({ type: DraftList })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Req() req: WartaRequest,
  ) {
    const { release, drafts } = await this.listDrafts.execute(actor, id);
    return { items: drafts.map((d) => draftView(d, release, req.lang, this.signer)) };
  }

  /**
   * Saves an edit and answers the new validation report, including facts the release does not state.
   * A scheduled post may be edited until its send starts: it becomes a new version with a new job.
   */
  @Patch('drafts/:id')
  @ApiOkResponse({ type: DraftView })
  async updateRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: UpdateDraftDto,
    @Req() req: WartaRequest,
  ) {
    const { draft, release } = await this.editPost.execute(actor, { ...dto, id });
    return draftView(draft, release, req.lang, this.signer);
  }
}
