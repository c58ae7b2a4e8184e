import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCOUNT_STATUS,
  DATE_TIME,
  NULLABLE_DATE_TIME,
  NULLABLE_STRING,
  PLATFORM,
  POST_STATE,
  listOf,
} from '../openapi/api-schemas';

export class UsageView {
  @ApiProperty() used: number;
  @ApiPropertyOptional({ description: 'Absent when the platform sets no fixed limit.' }) limit?: number;
}

export class VariantUsageView {
  @ApiPropertyOptional({
    type: UsageView,
    description: 'X only: twitter-text weighted length (longest part).',
  })
  weightedLength?: UsageView;
  @ApiProperty({ type: UsageView }) characters: UsageView;
  @ApiProperty({ type: UsageView }) hashtags: UsageView;
  @ApiProperty({ type: UsageView }) mentions: UsageView;
  @ApiProperty({ type: UsageView }) images: UsageView;
  @ApiProperty({ type: UsageView }) videos: UsageView;
  @ApiPropertyOptional() threadParts?: number;
}

/** One finding of the composer's rules, in the reader's language. */
export class ProblemView {
  @ApiProperty({ example: 'X_TOO_LONG' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty({ enum: ['error', 'warning', 'info'], enumName: 'ProblemSeverity' }) severity: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  })
  params?: Record<string, string | number>;
  @ApiPropertyOptional({ description: "Where: 'text', 'thread[2]', 'media[0]', 'firstComment'." })
  path?: string;
  @ApiPropertyOptional({ description: 'UTF-16 offset into the text at `path`.' }) start?: number;
  @ApiPropertyOptional() end?: number;
}

export class ValidationReportView {
  @ApiProperty({ description: 'False when any problem is an error.' }) publishable: boolean;
  @ApiProperty({ type: VariantUsageView }) used: VariantUsageView;
  @ApiProperty({ type: [ProblemView] }) problems: ProblemView[];
}

export class FactDifferenceView {
  @ApiProperty({ description: "Where: 'text', 'thread[2]', 'firstComment'." }) path: string;
  @ApiProperty({ enum: ['url', 'phone', 'date', 'time', 'number', 'name'], enumName: 'FactKind' })
  kind: string;
  @ApiProperty() value: string;
  @ApiProperty() start: number;
  @ApiProperty() end: number;
}

export class FactCheckView {
  @ApiProperty({ description: 'True when every fact in the text also appears in the release.' })
  consistent: boolean;
  @ApiProperty({ type: [FactDifferenceView] }) differences: FactDifferenceView[];
}

export class DraftAccountView {
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ ...ACCOUNT_STATUS }) status: string;
}

export class DraftMediaView {
  @ApiProperty({ enum: ['asset', 'rendition'], enumName: 'DraftMediaSource' }) source: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid', description: 'null for a title card.' }) assetId:
    string | null;
  @ApiProperty({ enum: ['original', 'instagram_padded', 'title_card'], enumName: 'DraftMediaPurpose' })
  purpose: string;
  @ApiProperty({ enum: ['image', 'video'], enumName: 'MediaKind' }) mediaKind: string;
  @ApiProperty() mime: string;
  @ApiProperty() bytes: number;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiPropertyOptional() altText?: string;
  @ApiProperty({ description: 'Expiring URL of the file (an <img> can use it).' }) url: string;
  @ApiProperty({ ...DATE_TIME }) urlExpiresAt: string;
}

/** A post before (and while) it is scheduled: its content, report and fact check. */
export class DraftView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) releaseId: string;
  @ApiProperty({ format: 'uuid' }) socialAccountId: string;
  @ApiProperty({ type: DraftAccountView }) account: DraftAccountView;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ ...POST_STATE }) state: string;
  @ApiProperty() version: number;
  @ApiPropertyOptional({
    enum: ['created', 'refreshed', 'unchanged', 'kept'],
    enumName: 'DraftOutcome',
    description: 'On POST releases/:id/drafts only.',
  })
  outcome?: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ type: [String], description: 'Thread parts (X), when a thread.' }) thread?: string[];
  @ApiPropertyOptional() firstComment?: string;
  @ApiProperty({ type: [String] }) hashtags: string[];
  @ApiProperty({ type: [String] }) mentions: string[];
  @ApiProperty({ type: [DraftMediaView] }) media: DraftMediaView[];
  @ApiProperty({ description: 'A person edited it: re-composing leaves it alone.' }) edited: boolean;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) publishAt: string | null;
  @ApiProperty({ type: ValidationReportView }) report: ValidationReportView;
  @ApiProperty({ type: FactCheckView }) factCheck: FactCheckView;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt: string;
}

export const DraftList = listOf(DraftView, 'DraftList');
