import { ApiProperty } from '@nestjs/swagger';
import { MembershipView } from '../me/me-response.dto';
import { DATE_TIME, LANGUAGE, pageOf } from '../openapi/api-schemas';

export class UserListItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'active' }) status: string;
  @ApiProperty({ ...LANGUAGE }) locale: string;
  @ApiProperty({ ...DATE_TIME }) createdAt: string;
  @ApiProperty({ type: [MembershipView], description: 'Only the memberships inside your subtree.' })
  memberships: MembershipView[];
}

export const UserPage = pageOf(UserListItemView, 'UserPage');

export class CreatedUserView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'uuid' }) membershipId: string;
}

export class CreatedMembershipView {
  @ApiProperty({ format: 'uuid' }) membershipId: string;
}
