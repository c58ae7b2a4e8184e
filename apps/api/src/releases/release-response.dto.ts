import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_TIME, LANGUAGE, NULLABLE_STRING, pageOf, RELEASE_STATUS } from '../openapi/api-schemas';

export class ReleaseMediaView {
  @ApiProperty({ format: 'uuid' }) assetId: string;
  @ApiProperty({ description: '0-based order.' }) position: number;
  @ApiProperty({ ...NULLABLE_STRING }) altText: string | null;
  @ApiProperty() mime: string;
  @ApiProperty() bytes: number;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty({ type: Number, nullable: true }) durationMs: number | null;
}

export class ReleaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) authorId: string | null;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ ...NULLABLE_STRING }) link: string | null;
  @ApiProperty({
    ...NULLABLE_STRING,
    format: 'date',
    description: 'The day of the event (YYYY-MM-DD); null when the text names none. The title card shows it.',
  })
  eventDate: string | null;
  @ApiProperty({ ...LANGUAGE }) language: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ ...RELEASE_STATUS }) status: string;
  @ApiProperty() version: number;
  @ApiPropertyOptional({
    type: [ReleaseMediaView],
    description: 'Attached media, in order (on a single release; absent in lists and decisions).',
  })
  media?: ReleaseMediaView[];
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt: string;
}

export const ReleasePage = pageOf(ReleaseView, 'ReleasePage');
