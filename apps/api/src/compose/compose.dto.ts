import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { ComposedVariant, Platform } from '@warta/composer';
import { ComposeOptionsDto } from '../drafts/drafts.dto';

const PLATFORM_NAMES: Platform[] = ['x', 'facebook', 'instagram'];

export class ComposePreviewDto {
  @ApiPropertyOptional({ description: 'Defaults to your unit when you belong to exactly one.' })
  @IsOptional()
  @IsUUID()
  nodeId?: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) title: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(60_000) body: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  link?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  hashtags?: string[];
  @ApiPropertyOptional({ enum: PLATFORM_NAMES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(PLATFORM_NAMES, { each: true })
  platforms?: Platform[];
  @ApiPropertyOptional({ type: ComposeOptionsDto })
  // Absent means the defaults; null is not an object (it used to reach the composer and a 500).
  @ValidateIf((_, v) => v !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => ComposeOptionsDto)
  options?: ComposeOptionsDto;
}

export function variantView(v: ComposedVariant) {
  return {
    platform: v.platform,
    text: v.text,
    ...(v.thread ? { thread: v.thread } : {}),
    ...(v.firstComment ? { firstComment: v.firstComment } : {}),
    hashtags: v.hashtags,
    mentions: v.mentions,
    media: v.media,
    report: v.report,
  };
}
