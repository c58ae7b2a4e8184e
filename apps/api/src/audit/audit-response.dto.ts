import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, FREE_OBJECT, NULLABLE_STRING, pageOf } from '../openapi/api-schemas';

export class AuditEventView {
  @ApiProperty({ example: '1042', description: 'Sequence number (a string: it outgrows JSON numbers).' })
  id: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) organizationName: string | null;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) actorEmail: string | null;
  @ApiProperty({ example: 'post.scheduled' }) action: string;
  @ApiProperty() subjectType: string;
  @ApiProperty({ ...NULLABLE_STRING }) subjectId: string | null;
  @ApiProperty({ ...NULLABLE_STRING }) reason: string | null;
  @ApiProperty({ ...FREE_OBJECT }) data: Record<string, unknown>;
  @ApiProperty({ ...NULLABLE_STRING }) requestId: string | null;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
}

export const AuditEventPage = pageOf(AuditEventView, 'AuditEventPage');
