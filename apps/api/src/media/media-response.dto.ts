import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_STRING, pageOf } from '../openapi/api-schemas';

export class MediaAssetView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: ['image', 'video'], enumName: 'MediaKind' }) kind: string;
  @ApiProperty({ example: 'image/jpeg' }) mime: string;
  @ApiProperty() bytes: number;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Videos only.' }) durationMs: number | null;
  @ApiProperty() sha256: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Original file name, for display.' }) filename:
    string | null;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) createdBy: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ description: 'The file for a signed-in caller (bearer token).' }) contentPath: string;
  @ApiProperty({ description: 'Expiring URL a platform (or an <img> tag) can fetch without a token.' })
  publicUrl: string;
  @ApiProperty({ ...DATE_TIME }) publicUrlExpiresAt: string;
}

export class UploadedMediaView extends MediaAssetView {
  @ApiProperty({ description: 'True when the node already had these exact bytes (answered 200, not 201).' })
  deduplicated: boolean;
}

export const MediaAssetPage = pageOf(MediaAssetView, 'MediaAssetPage');
