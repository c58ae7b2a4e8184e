import { Module } from '@nestjs/common';
import { IdentityModule } from '@warta/identity';
import { AccessScopeService } from './access-scope.service';
import { CreateOrganization } from './create-organization.use-case';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationLookup } from './organization-lookup.service';
import { OrganizationsRepository } from './organizations.repository';
import { GetOrganization } from './get-organization.use-case';
import { ListAuditEvents } from './list-audit-events.use-case';
import { ListMyMemberships } from './list-my-memberships.use-case';
import { ListOrganizations } from './list-organizations.use-case';
import { ListUsers } from './list-users.use-case';
import { UpdateOrganization } from './update-organization.use-case';
import {
  AddMembership,
  ChangeMembershipRole,
  CreateUser,
  DeactivateUser,
  RemoveMembership,
} from './user-admin.use-cases';

const USE_CASES = [
  ListOrganizations,
  GetOrganization,
  CreateOrganization,
  UpdateOrganization,
  ListUsers,
  ListMyMemberships,
  CreateUser,
  AddMembership,
  ChangeMembershipRole,
  RemoveMembership,
  DeactivateUser,
  ListAuditEvents,
];

/** The org tree, memberships, roles and the access scope every tenant query is filtered by. */
@Module({
  imports: [IdentityModule],
  providers: [
    AccessScopeService,
    OrganizationLookup,
    OrganizationsRepository,
    MembershipsRepository,
    ...USE_CASES,
  ],
  // Repositories stay inside: other libs read nodes through OrganizationLookup (DESIGN §3).
  exports: [AccessScopeService, OrganizationLookup, ...USE_CASES],
})
export class OrganizationsModule {}
