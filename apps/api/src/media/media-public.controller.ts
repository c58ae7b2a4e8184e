import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@warta/core';
import {
  MEDIA_VARIANT_NAMES,
  MediaAssetsRepository,
  MediaRenditionsRepository,
  MediaStorage,
  MediaUrlSigner,
  MediaVariantName,
} from '@warta/media';
import { Response } from 'express';
import { Public } from '../common/auth.guard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Media for platforms to fetch (Instagram and Facebook take an image URL, not bytes). No bearer
 * token: the HMAC signature and expiry in the URL are the authorisation, so every failure looks the
 * same (403) and reveals nothing about which ids exist.
 */
@ApiTags('media')
@Public()
@Controller('media-public')
export class MediaPublicController {
  constructor(
    private readonly signer: MediaUrlSigner,
    private readonly assets: MediaAssetsRepository,
    private readonly renditions: MediaRenditionsRepository,
    private readonly storage: MediaStorage,
  ) {}

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
    if (
      !UUID.test(id) ||
      !MEDIA_VARIANT_NAMES.includes(variant as MediaVariantName) ||
      typeof exp !== 'string' ||
      typeof sig !== 'string' ||
      !this.signer.verify(id, variant, exp, sig)
    ) {
      throw new DomainError('MEDIA_URL_INVALID');
    }
    const file =
      variant === 'original'
        ? await this.assets.findByIdUnscoped(id.toLowerCase())
        : await this.renditions.findById(id.toLowerCase());
    if (!file || ('purpose' in file && file.purpose !== variant)) throw new DomainError('MEDIA_URL_INVALID');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return new StreamableFile(this.storage.stream(file.storageKey), {
      type: file.mime,
      length: file.bytes,
      disposition: 'inline',
    });
  }
}
