import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError, OrganizationKind } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccessScopeService } from './access-scope.service';
import type { ApprovalPolicy, Organization } from './organization';
import { ALLOWED_CHILD_KINDS, normaliseHashtag } from './organization-rules';
import { OrganizationsRepository } from './organizations.repository';
import { Permission } from './permissions';

export interface CreateOrganizationInput {
  parentId: string;
  name: string;
  slug: string;
  kind: OrganizationKind;
  timezone?: string;
  defaultHashtags?: string[];
  settings?: Record<string, unknown>;
  approvalPolicy?: ApprovalPolicy;
}

/** Adds a node under one the actor administers. New roots are made only by seeding, never over the API. */
@Injectable()
export class CreateOrganization {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: CreateOrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (m) => {
      const parent = await this.scopes.requireNode(actor.userId, input.parentId, Permission.OrgManage, m);
      if (!ALLOWED_CHILD_KINDS[parent.kind].includes(input.kind)) {
        throw new DomainError('INVALID_PARENT_KIND', { kind: input.kind, parentKind: parent.kind });
      }
      if (await this.organizations.slugExists(m, input.slug))
        throw new DomainError('SLUG_TAKEN', { slug: input.slug });
      const node = await this.organizations.insert(m, parent, {
        name: input.name.trim(),
        slug: input.slug,
        kind: input.kind,
        timezone: input.timezone ?? parent.timezone,
        defaultHashtags: [...new Set((input.defaultHashtags ?? []).map(normaliseHashtag).filter(Boolean))],
        settings: input.settings ?? {},
        approvalPolicy: input.approvalPolicy ?? parent.approvalPolicy,
      });
      await this.audit.append(m, {
        organizationId: node.id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'organization.created',
        subjectType: 'organization',
        subjectId: node.id,
        data: {
          parentId: parent.id,
          name: node.name,
          slug: node.slug,
          kind: node.kind,
          timezone: node.timezone,
        },
      });
      return node;
    });
  }
}
