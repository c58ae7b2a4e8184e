import { AuditEventEntity } from './audit-event.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SocialAccountEntity } from './social-account.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './membership.entity';
export * from './organization.entity';
export * from './refresh-token.entity';
export * from './social-account.entity';
export * from './user.entity';

/** The schema lives here, beside its migrations; domain libs own the queries over it. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  MembershipEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  SocialAccountEntity,
];
