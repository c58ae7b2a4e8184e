import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, LANGUAGE, ORGANIZATION_KIND, PERMISSION, ROLE } from '../openapi/api-schemas';

export class MeUserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ ...LANGUAGE }) locale: string;
}

/** A role a user holds on a node (and so on every node below it). */
export class MembershipView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ ...ORGANIZATION_KIND }) organizationKind: string;
  @ApiProperty({ example: 'Asia/Jakarta', description: "The node's IANA zone." })
  organizationTimezone: string;
  @ApiProperty({ ...ROLE }) role: string;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
}

export class NodePermissionsView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ ...PERMISSION, isArray: true }) permissions: string[];
}

export class MeView {
  @ApiProperty({ type: MeUserView }) user: MeUserView;
  @ApiProperty({ type: [MembershipView] }) memberships: MembershipView[];
  @ApiProperty({
    type: [NodePermissionsView],
    description: 'What the caller may do on each membership node and every node below it.',
  })
  permissions: NodePermissionsView[];
}
