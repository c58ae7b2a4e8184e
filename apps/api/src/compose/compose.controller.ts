import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { ComposePreview } from '@warta/releases';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { ComposePreviewDto, variantView } from './compose.dto';
import { ComposePreviewView } from './compose-response.dto';

@ApiTags('compose')
@ApiBearerAuth()
@Controller('compose')
export class ComposeController {
  constructor(private readonly preview: ComposePreview) {}

  /** Live preview of an unsaved release: nothing stored, no image rendered; messages in Accept-Language. */
  @Post('preview')
  @ApiOkResponse({ type: ComposePreviewView })
  @HttpCode(200)
  async previewRoute(@CurrentActor() actor: Actor, @Body() dto: ComposePreviewDto, @Req() req: WartaRequest) {
    const result = await this.preview.execute(actor, dto, req.lang);
    return { nodeId: result.nodeId, variants: result.variants.map(variantView) };
  }
}
