import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';

/** 'original' for the uploaded asset itself, or the purpose of a rendition. */
export type MediaVariantName = 'original' | 'instagram_padded' | 'title_card';
export const MEDIA_VARIANT_NAMES: MediaVariantName[] = ['original', 'instagram_padded', 'title_card'];

export interface SignedMediaUrl {
  url: string;
  expiresAt: string;
}

/**
 * Expiring HMAC-signed URLs for platforms (Instagram and Facebook fetch media by URL, without our
 * credentials). The signature covers id, variant and expiry, so a URL can neither be re-pointed at
 * another file nor extended.
 */
@Injectable()
export class MediaUrlSigner {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  sign(
    id: string,
    variant: MediaVariantName,
    ttlSeconds = this.config.media.signedUrlTtlSeconds,
  ): SignedMediaUrl {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + ttlSeconds;
    const sig = this.signature(id, variant, exp);
    return {
      url: `${this.config.api.publicUrl}/media-public/${id}/${variant}?exp=${exp}&sig=${sig}`,
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }

  /** True only for an unexpired URL this server signed for exactly this id and variant. */
  verify(id: string, variant: string, exp: string | undefined, sig: string | undefined): boolean {
    if (!exp || !sig || !/^\d{1,12}$/.test(exp) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return false;
    if (Number(exp) * 1000 < this.clock.now().getTime()) return false;
    const expected = Buffer.from(this.signature(id.toLowerCase(), variant, Number(exp)));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private signature(id: string, variant: string, exp: number): string {
    return createHmac('sha256', this.config.media.signingSecret)
      .update(`${id}\n${variant}\n${exp}`)
      .digest('base64url');
  }
}
