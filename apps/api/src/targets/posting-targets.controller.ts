import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeletePostingTarget, ListPostingTargets, SetPostingTarget } from '@warta/analytics';
import { Actor } from '@warta/core';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { DeletePostingTargetQueryDto, SetPostingTargetDto, targetView } from './posting-targets.dto';
import { PostingTargetsView, PostingTargetView } from './posting-target-response.dto';

/** Posting targets of a node (how many posts per week or month on each platform); admins set them. */
@ApiTags('posting-targets')
@ApiBearerAuth()
@Controller('organizations/:id/posting-targets')
export class PostingTargetsController {
  constructor(
    private readonly list: ListPostingTargets,
    private readonly set: SetPostingTarget,
    private readonly remove: DeletePostingTarget,
  ) {}

  @Get()
  @ApiOkResponse({ type: PostingTargetsView })
  @ApiOperation({ summary: "The node's own targets and those it inherits from its ancestors" })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const t = await this.list.execute(actor, id);
    return {
      organizationId: t.organizationId,
      items: t.items.map(targetView),
      inherited: t.inherited.map(targetView),
    };
  }

  @Put()
  @ApiOkResponse({ type: PostingTargetView })
  @ApiOperation({ summary: 'Create or change one target (target:manage); audited' })
  async put(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: SetPostingTargetDto,
  ) {
    return targetView(await this.set.execute(actor, { ...dto, organizationId: id }));
  }

  @Delete()
  @ApiNoContentResponse({ description: 'Removed.' })
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one target (target:manage); audited' })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() q: DeletePostingTargetQueryDto,
  ): Promise<void> {
    await this.remove.execute(actor, { ...q, organizationId: id });
  }
}
