import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, DomainError } from '@warta/core';
import { GetMediaAsset, ListMediaAssets, MediaStorage, MediaUrlSigner, UploadMedia } from '@warta/media';
import { Response } from 'express';
import { CurrentActor } from '../common/current-actor.decorator';
import { WartaRequest } from '../common/request-context';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ListMediaQuery, mediaAssetView, UploadMediaQuery } from './media.dto';
import { MediaAssetPage, MediaAssetView, UploadedMediaView } from './media-response.dto';

/** Body types the global parsers consume: an upload must arrive as raw bytes instead. */
const NOT_RAW = /^(application\/json|application\/x-www-form-urlencoded|multipart\/|text\/)/i;

@ApiTags('media')
@ApiBearerAuth()
@Controller('media')
export class MediaController {
  constructor(
    private readonly upload: UploadMedia,
    private readonly listAssets: ListMediaAssets,
    private readonly getAsset: GetMediaAsset,
    private readonly storage: MediaStorage,
    private readonly signer: MediaUrlSigner,
  ) {}

  /**
   * Upload one file as the raw request body (`Content-Type: image/jpeg`, `image/png`, `image/webp`
   * or `video/mp4`; the header is informative only, the type is read from the bytes). 201 with the
   * new asset, or 200 with the existing one when the node already has these exact bytes.
   */
  @Post()
  @ApiCreatedResponse({ type: UploadedMediaView, description: 'A new asset.' })
  @ApiOkResponse({ type: UploadedMediaView, description: 'The node already had these bytes.' })
  @ApiConsumes('image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'application/octet-stream')
  async uploadRoute(
    @CurrentActor() actor: Actor,
    @Query() q: UploadMediaQuery,
    @Req() req: WartaRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const type = req.header('content-type') ?? '';
    if (NOT_RAW.test(type) || req.readableEnded) {
      req.resume();
      throw new DomainError('MEDIA_RAW_BODY_REQUIRED');
    }
    const { asset, created } = await this.upload.execute(actor, {
      organizationId: q.organizationId,
      body: req,
      filename: q.filename,
    });
    res.status(created ? 201 : 200);
    return { ...mediaAssetView(asset, this.signer), deduplicated: !created };
  }

  /** The media library of the caller's subtree(s), newest first. */
  @Get()
  @ApiOkResponse({ type: MediaAssetPage })
  async list(@CurrentActor() actor: Actor, @Query() q: ListMediaQuery) {
    const page = await this.listAssets.execute(actor, { ...q, limit: q.limit ?? 50 });
    return { items: page.items.map((a) => mediaAssetView(a, this.signer)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: MediaAssetView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    return mediaAssetView(await this.getAsset.execute(actor, id), this.signer);
  }

  /** The file itself, for the signed-in editor (the web app uses publicUrl for <img> tags). */
  @Get(':id/content')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'video/mp4')
  @ApiOkResponse({ description: 'The file.', schema: { type: 'string', format: 'binary' } })
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<StreamableFile> {
    const asset = await this.getAsset.execute(actor, id);
    return new StreamableFile(this.storage.stream(asset.storageKey), {
      type: asset.mime,
      length: asset.bytes,
      disposition: 'inline',
    });
  }
}
