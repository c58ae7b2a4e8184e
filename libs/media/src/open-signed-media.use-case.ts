import { Injectable } from '@nestjs/common';
import { DomainError } from '@warta/core';
import { Readable } from 'node:stream';
import { MediaAssetsRepository } from './media-assets.repository';
import { MediaRenditionsRepository } from './media-renditions.repository';
import { MediaStorage } from './media-storage';
import { MEDIA_VARIANT_NAMES, MediaUrlSigner, MediaVariantName } from './media-url-signer.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SignedMediaRequest {
  id: string;
  variant: string;
  exp: string | undefined;
  sig: string | undefined;
}

export interface OpenedMedia {
  content: Readable;
  mime: string;
  bytes: number;
}

/**
 * A file for a platform to fetch by its signed URL. The HMAC signature and expiry are the
 * authorisation (no caller, so no scope), and every failure is the same MEDIA_URL_INVALID so it
 * reveals nothing about which ids exist.
 */
@Injectable()
export class OpenSignedMedia {
  constructor(
    private readonly signer: MediaUrlSigner,
    private readonly assets: MediaAssetsRepository,
    private readonly renditions: MediaRenditionsRepository,
    private readonly storage: MediaStorage,
  ) {}

  async execute({ id, variant, exp, sig }: SignedMediaRequest): Promise<OpenedMedia> {
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
    return { content: this.storage.stream(file.storageKey), mime: file.mime, bytes: file.bytes };
  }
}
