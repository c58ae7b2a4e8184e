import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { OpenSignedMedia } from '@warta/media';
import { Response } from 'express';
import { Public } from '../common/auth.guard';

/**
 * Media for platforms to fetch (Instagram and Facebook take an image URL, not bytes). No bearer
 * token: the HMAC signature and expiry in the URL are the authorisation, so every failure looks the
 * same (403) and reveals nothing about which ids exist.
 */
@ApiTags('media')
@Public()
@Controller('media-public')
export class MediaPublicController {
  constructor(private readonly openSignedMedia: OpenSignedMedia) {}

  @Get(':id/:variant')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'video/mp4')
  @ApiOkResponse({ description: 'The file.', schema: { type: 'string', format: 'binary' } })
  async fetch(
    @Param('id') id: string,
    @Param('variant') variant: string,
    @Query('exp') exp: string | undefined,
    @Query('sig') sig: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.openSignedMedia.execute({ id, variant, exp, sig });
    res.setHeader('Cache-Control', 'private, max-age=300');
    return new StreamableFile(file.content, { type: file.mime, length: file.bytes, disposition: 'inline' });
  }
}
