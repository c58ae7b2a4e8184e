import { ApiProperty } from '@nestjs/swagger';
import {
  APPROVAL_POLICY,
  DATE_TIME,
  FREE_OBJECT,
  NULLABLE_STRING,
  ORGANIZATION_KIND,
  pageOf,
} from '../openapi/api-schemas';

export class OrganizationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'uuid', description: 'null for a root node.' })
  parentId: string | null;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ ...ORGANIZATION_KIND }) kind: string;
  @ApiProperty({ description: '0 for a root node.' }) depth: number;
  @ApiProperty({ example: 'Asia/Jakarta', description: 'IANA zone: local times of the node are read in it.' })
  timezone: string;
  @ApiProperty({ type: [String] }) defaultHashtags: string[];
  @ApiProperty({ ...FREE_OBJECT }) settings: Record<string, unknown>;
  @ApiProperty({ ...APPROVAL_POLICY }) approvalPolicy: string;
  @ApiProperty() version: number;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ ...DATE_TIME }) updatedAt: string;
}

export const OrganizationPage = pageOf(OrganizationView, 'OrganizationPage');
