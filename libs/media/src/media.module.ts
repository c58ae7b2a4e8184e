import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { OrganizationsModule } from '@warta/organizations';
import { LocalDiskMediaStorage } from './local-disk-media.storage';
import { MediaAssetLookup } from './media-asset-lookup.service';
import { MediaAssetsRepository } from './media-assets.repository';
import { MediaRenditionsRepository } from './media-renditions.repository';
import { MediaRenditionsService } from './media-renditions.service';
import { MediaStorage } from './media-storage';
import { MediaUrlSigner } from './media-url-signer.service';
import { GetMediaAsset } from './get-media-asset.use-case';
import { ListMediaAssets } from './list-media-assets.use-case';
import { OpenSignedMedia } from './open-signed-media.use-case';
import { UploadMedia } from './upload-media.use-case';

/** Media assets and renditions: upload, storage (local disk by default), rendering, signed URLs. */
@Module({
  imports: [OrganizationsModule],
  providers: [
    {
      provide: MediaStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskMediaStorage(config.media.dir),
    },
    MediaAssetsRepository,
    MediaAssetLookup,
    MediaRenditionsRepository,
    MediaRenditionsService,
    MediaUrlSigner,
    UploadMedia,
    ListMediaAssets,
    GetMediaAsset,
    OpenSignedMedia,
  ],
  // Repositories stay inside: other libs use MediaAssetLookup and MediaRenditionsService (DESIGN §3).
  exports: [
    MediaStorage,
    MediaAssetLookup,
    MediaRenditionsService,
    MediaUrlSigner,
    UploadMedia,
    ListMediaAssets,
    GetMediaAsset,
    OpenSignedMedia,
  ],
})
export class MediaModule {}
