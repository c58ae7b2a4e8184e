import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccessScopeService } from './access-scope.service';
import type { ApprovalPolicy, Organization } from './organization';
import { normaliseHashtag } from './organization-rules';
import { OrganizationsRepository } from './organizations.repository';
import { Permission } from './permissions';

export interface UpdateOrganizationInput {
  id: string;
  version: number;
  name?: string;
  timezone?: string;
  defaultHashtags?: string[];
  settings?: Record<string, unknown>;
  approvalPolicy?: ApprovalPolicy;
  reason?: string;
}

/** Edits a node's settings with optimistic concurrency: a stale version is a 409, never a lost update. */
@Injectable()
export class UpdateOrganization {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: UpdateOrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.scopes.requireNode(actor.userId, input.id, Permission.OrgManage, m);
      const patch = {
        name: input.name?.trim(),
        timezone: input.timezone,
        defaultHashtags: input.defaultHashtags
          ? [...new Set(input.defaultHashtags.map(normaliseHashtag).filter(Boolean))]
          : undefined,
        settings: input.settings,
        approvalPolicy: input.approvalPolicy,
      };
      const after = await this.organizations.update(m, input.id, input.version, patch);
      if (!after) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      const changed = Object.fromEntries(
        Object.entries(patch)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, { from: (before as never)[k], to: v }]),
      );
      await this.audit.append(m, {
        organizationId: after.id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: after.id,
        reason: input.reason ?? null,
        data: { version: after.version, changed },
      });
      return after;
    });
  }
}
