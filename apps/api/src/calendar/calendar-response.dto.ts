import { ApiProperty } from '@nestjs/swagger';
import {
  DATE_TIME,
  NULLABLE_DATE_TIME,
  NULLABLE_STRING,
  pageOf,
  PLATFORM,
  POST_STATE,
} from '../openapi/api-schemas';
import { PostErrorView } from '../posts/post-response.dto';

export class CalendarAccountView {
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
}

export class CalendarItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) releaseId: string;
  @ApiProperty() releaseTitle: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'uuid' }) socialAccountId: string;
  @ApiProperty({ type: CalendarAccountView }) account: CalendarAccountView;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ ...POST_STATE }) state: string;
  @ApiProperty() version: number;
  @ApiProperty({ example: 'Asia/Jakarta', description: 'The zone the times are written in.' }) zone: string;
  @ApiProperty({
    ...DATE_TIME,
    description: 'Where it sits: publishedAt once published, publishAt otherwise.',
  })
  at: string;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) publishAt: string | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME }) publishedAt: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) permalink: string | null;
  @ApiProperty({ type: PostErrorView, nullable: true }) lastError: PostErrorView | null;
}

export const CalendarPage = pageOf(CalendarItemView, 'CalendarPage');
