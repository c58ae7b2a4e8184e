import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, PLATFORM } from '../openapi/api-schemas';

export class PostingTargetView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ enum: ['week', 'month'], enumName: 'TargetPeriod' }) period: string;
  @ApiProperty() count: number;
  @ApiProperty() version: number;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt: string;
}

export class PostingTargetsView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: [PostingTargetView], description: "The node's own targets." })
  items: PostingTargetView[];
  @ApiProperty({ type: [PostingTargetView], description: 'Those it inherits from its ancestors.' })
  inherited: PostingTargetView[];
}
