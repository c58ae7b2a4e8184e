import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../openapi/api-schemas';

export class QueueBoardSessionView {
  @ApiProperty({ example: '/admin/queues' }) path: string;
  @ApiProperty({ ...DATE_TIME }) expiresAt: string;
}
