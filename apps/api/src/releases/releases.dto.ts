import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { RELEASE_STATUSES, ReleaseStatus, type Release, type ReleaseMediaItem } from '@warta/releases';
import { ListQueryDto } from '../common/list-query.dto';
import { INT4_MAX } from '../common/validators';

const URL_RULES = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class ListReleasesQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: RELEASE_STATUSES })
  @IsOptional()
  @IsIn(RELEASE_STATUSES)
  status?: ReleaseStatus;
  @ApiPropertyOptional({ description: 'Releases of this node and its descendants.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
  @ApiPropertyOptional({ description: 'Search in title and body.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CreateReleaseDto {
  @ApiProperty() @IsUUID() organizationId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) title: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(60_000) body: string;
  @ApiPropertyOptional() @IsOptional() @IsUrl(URL_RULES) @MaxLength(2000) link?: string;
  @ApiPropertyOptional({ enum: ['id', 'en'] }) @IsOptional() @IsIn(['id', 'en']) language?: 'id' | 'en';
  @ApiPropertyOptional({ type: [String], example: ['Humas Pemasyarakatan', '#RutanBengkulu'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  tags?: string[];
}

export class UpdateReleaseDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(500) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(60_000) body?: string;
  @ApiPropertyOptional({ nullable: true, description: 'null removes the link.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUrl(URL_RULES)
  @MaxLength(2000)
  link?: string | null;
  @ApiPropertyOptional({ enum: ['id', 'en'] }) @IsOptional() @IsIn(['id', 'en']) language?: 'id' | 'en';
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  tags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ArchiveReleaseDto {
  @ApiPropertyOptional({ description: 'The version you read; 409 if it moved.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReleaseMediaItemDto {
  @ApiProperty() @IsUUID() assetId: string;
  @ApiPropertyOptional({ nullable: true, description: 'Describes the image for screen readers.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(1000)
  altText?: string | null;
}

export class SetReleaseMediaDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiProperty({
    type: [ReleaseMediaItemDto],
    description: 'The full ordered list; unlisted media is detached.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReleaseMediaItemDto)
  media: ReleaseMediaItemDto[];
}

export function releaseView(r: Release, media?: ReleaseMediaItem[]) {
  return {
    id: r.id,
    organizationId: r.organizationId,
    authorId: r.authorId,
    title: r.title,
    body: r.body,
    link: r.linkUrl,
    language: r.language,
    tags: r.tags,
    status: r.status,
    version: r.version,
    ...(media ? { media } : {}),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
