import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, FREE_OBJECT, NOTIFICATION_KIND, NULLABLE_STRING, pageOf } from '../openapi/api-schemas';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ ...NOTIFICATION_KIND }) kind: string;
  @ApiProperty({ description: 'Machine reason (error class or status).' }) reason: string;
  @ApiProperty({ description: 'In Accept-Language.' }) title: string;
  @ApiProperty({ description: 'In Accept-Language.' }) body: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) postId: string | null;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) socialAccountId: string | null;
  @ApiProperty({ ...FREE_OBJECT }) params: Record<string, unknown>;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty() read: boolean;
}

export const NotificationPage = pageOf(NotificationView, 'NotificationPage');

export class ReadThroughView {
  @ApiProperty({ ...DATE_TIME }) readThrough: string;
}

export class NotificationReadView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [true] }) read: boolean;
}
