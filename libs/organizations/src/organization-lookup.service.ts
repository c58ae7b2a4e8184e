import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Organization } from './organization';
import { OrganizationsRepository } from './organizations.repository';

/**
 * A node by id, unscoped, for a lib that has already decided access (e.g. libs/releases reading the
 * node of a release it loaded through ReleaseAccess). Callers without that proof use GetOrganization.
 */
@Injectable()
export class OrganizationLookup {
  constructor(private readonly organizations: OrganizationsRepository) {}

  findById(manager: EntityManager, id: string): Promise<Organization | null> {
    return this.organizations.findById(manager, id);
  }
}
