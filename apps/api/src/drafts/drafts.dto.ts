import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { Language } from '@warta/core';
import type { MediaUrlSigner } from '@warta/media';
import { Draft, DraftMediaRef, DraftOutcome, Release, validateDraft } from '@warta/releases';
import { INT4_MAX } from '../common/validators';

export class ComposeOptionsDto {
  @ApiPropertyOptional({ description: 'Compose X as a numbered thread of the whole body.' })
  @IsOptional()
  @IsBoolean()
  xThread?: boolean;
  @ApiPropertyOptional({ description: 'Put Instagram hashtags in a first comment.' })
  @IsOptional()
  @IsBoolean()
  instagramHashtagsInFirstComment?: boolean;
}

export class CreateDraftsDto {
  @ApiPropertyOptional({ type: ComposeOptionsDto })
  // Absent means the defaults; null is not an object (it used to reach the composer and a 500).
  @ValidateIf((_, v) => v !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => ComposeOptionsDto)
  options?: ComposeOptionsDto;
}

export class DraftMediaSelectionDto {
  @ApiProperty({ description: 'A media id from the draft, or an asset attached to the release.' })
  @IsUUID()
  id: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(1000)
  altText?: string | null;
}

export class UpdateDraftDto {
  @ApiProperty({ description: 'The version you read; 409 if it moved.' })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(70_000) text?: string;
  @ApiPropertyOptional({ type: [String], description: 'Thread parts; [] makes it a single post again.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(25)
  @IsString({ each: true })
  @MaxLength(5_000, { each: true })
  thread?: string[];
  @ApiPropertyOptional({ nullable: true, description: 'null removes the first comment.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(5_000)
  firstComment?: string | null;
  @ApiPropertyOptional({ type: [DraftMediaSelectionDto], description: 'The full ordered media selection.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DraftMediaSelectionDto)
  media?: DraftMediaSelectionDto[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

function mediaRefView(ref: DraftMediaRef, signer: MediaUrlSigner) {
  const signed = signer.sign(ref.id, ref.purpose);
  return { ...ref, url: signed.url, urlExpiresAt: signed.expiresAt };
}

/** A draft with its validation report and fact check, computed fresh in the reader's language. */
export function draftView(
  draft: Draft,
  release: Release,
  lang: Language,
  signer: MediaUrlSigner,
  outcome?: DraftOutcome,
) {
  const { report, factCheck } = validateDraft(draft.platform, draft.content, release, lang);
  return {
    id: draft.id,
    releaseId: draft.releaseId,
    socialAccountId: draft.socialAccountId,
    account: draft.account,
    platform: draft.platform,
    state: draft.state,
    version: draft.version,
    ...(outcome ? { outcome } : {}),
    text: draft.content.text,
    ...(draft.content.thread ? { thread: draft.content.thread } : {}),
    ...(draft.content.firstComment ? { firstComment: draft.content.firstComment } : {}),
    hashtags: draft.content.hashtags,
    mentions: draft.content.mentions,
    media: draft.content.media.map((ref) => mediaRefView(ref, signer)),
    edited: draft.content.edited,
    publishAt: draft.publishAt?.toISOString() ?? null,
    report,
    factCheck,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
  };
}
