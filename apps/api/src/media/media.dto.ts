import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../common/list-query.dto';
import type { MediaAsset, MediaUrlSigner } from '@warta/media';

export class UploadMediaQuery {
  @ApiProperty({ description: 'The node the file belongs to (release:write required).' })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ description: 'Original file name, kept for display only; never decides the type.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  filename?: string;
}

export class ListMediaQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Assets of this node and its descendants.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: ['image', 'video'] })
  @IsOptional()
  @IsIn(['image', 'video'])
  kind?: 'image' | 'video';
}

export function mediaAssetView(a: MediaAsset, signer: MediaUrlSigner) {
  const signed = signer.sign(a.id, 'original');
  return {
    id: a.id,
    organizationId: a.organizationId,
    kind: a.kind,
    mime: a.mime,
    bytes: a.bytes,
    width: a.width,
    height: a.height,
    durationMs: a.durationMs,
    sha256: a.sha256,
    filename: a.originalFilename,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    contentPath: `/api/v1/media/${a.id}/content`,
    /** Expiring URL a platform (or an <img> tag) can fetch without a bearer token. */
    publicUrl: signed.url,
    publicUrlExpiresAt: signed.expiresAt,
  };
}
