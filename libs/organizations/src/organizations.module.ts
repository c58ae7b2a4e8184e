import { Module } from '@nestjs/common';
import { IdentityModule } from '@warta/identity';
import { AccessScopeService } from './access-scope.service';
import { CreateOrganization } from './create-organization.use-case';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsRepository } from './organizations.repository';
import { UpdateOrganization } from './update-organization.use-case';
import {
  AddMembership,
  ChangeMembershipRole,
  CreateUser,
  DeactivateUser,
  RemoveMembership,
} from './user-admin.use-cases';

/** The org tree, memberships, roles and the access scope every tenant query is filtered by. */
@Module({
  imports: [IdentityModule],
  providers: [
    AccessScopeService,
    OrganizationsRepository,
    MembershipsRepository,
    CreateOrganization,
    UpdateOrganization,
    CreateUser,
    AddMembership,
    ChangeMembershipRole,
    RemoveMembership,
    DeactivateUser,
  ],
  exports: [
    AccessScopeService,
    OrganizationsRepository,
    MembershipsRepository,
    CreateOrganization,
    UpdateOrganization,
    CreateUser,
    AddMembership,
    ChangeMembershipRole,
    RemoveMembership,
    DeactivateUser,
  ],
})
export class OrganizationsModule {}
