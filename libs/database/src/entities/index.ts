import { AuditEventEntity } from './audit-event.entity';
import { MediaAssetEntity } from './media-asset.entity';
import { MediaRenditionEntity } from './media-rendition.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { PostEntity } from './post.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { ReleaseMediaEntity } from './release-media.entity';
import { ReleaseEntity } from './release.entity';
import { SocialAccountEntity } from './social-account.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './media-asset.entity';
export * from './media-rendition.entity';
export * from './membership.entity';
export * from './organization.entity';
export * from './post.entity';
export * from './refresh-token.entity';
export * from './release-media.entity';
export * from './release.entity';
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
  MediaAssetEntity,
  MediaRenditionEntity,
  ReleaseEntity,
  ReleaseMediaEntity,
  PostEntity,
];
