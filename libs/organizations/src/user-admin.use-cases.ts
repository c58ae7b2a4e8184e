import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, Clock, DomainError, Role } from '@warta/core';
import { PasswordHasher, UserAccounts } from '@warta/identity';
import { DataSource } from 'typeorm';
import { AccessScopeService } from './access-scope.service';
import { MembershipsRepository } from './memberships.repository';
import { Permission } from './permissions';

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  locale?: 'id' | 'en';
  organizationId: string;
  role: Role;
}

/** An admin creates a person with a first role on a node they administer. */
@Injectable()
export class CreateUser {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly users: UserAccounts,
    private readonly memberships: MembershipsRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  async execute(actor: Actor, input: CreateUserInput): Promise<{ userId: string; membershipId: string }> {
    // Refuse before the costly hash, so a caller without the right cannot make the api burn CPU.
    await this.scopes.requireNode(actor.userId, input.organizationId, Permission.UserManage);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (m) => {
      const node = await this.scopes.requireNode(
        actor.userId,
        input.organizationId,
        Permission.UserManage,
        m,
      );
      const email = input.email.trim().toLowerCase();
      if (await this.users.emailExists(email, m)) throw new DomainError('EMAIL_TAKEN', { email });
      const user = await this.users.create(m, {
        email,
        name: input.name.trim(),
        passwordHash,
        locale: input.locale ?? 'id',
      });
      const membershipId = await this.memberships.insert(m, {
        userId: user.id,
        organizationId: node.id,
        role: input.role,
        createdBy: actor.userId,
      });
      await this.audit.append(m, {
        organizationId: node.id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        data: { email, role: input.role, membershipId },
      });
      return { userId: user.id, membershipId };
    });
  }
}

/** Grants an existing user (visible to the admin) a role on a node the admin administers. */
@Injectable()
export class AddMembership {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly memberships: MembershipsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(
    actor: Actor,
    input: { userId: string; organizationId: string; role: Role },
  ): Promise<{ membershipId: string }> {
    return this.dataSource.transaction(async (m) => {
      const scope = await this.scopes.scopeFor(actor.userId, Permission.UserManage, m);
      if (!(await this.memberships.userVisibleInScope(m, scope, input.userId)))
        throw new DomainError('NOT_FOUND');
      const node = await this.scopes.requireNode(
        actor.userId,
        input.organizationId,
        Permission.UserManage,
        m,
      );
      if (await this.memberships.exists(m, input.userId, node.id, input.role)) {
        throw new DomainError('MEMBERSHIP_EXISTS', { role: input.role });
      }
      const membershipId = await this.memberships.insert(m, {
        ...input,
        organizationId: node.id,
        createdBy: actor.userId,
      });
      await this.audit.append(m, {
        organizationId: node.id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'membership.created',
        subjectType: 'membership',
        subjectId: membershipId,
        data: { userId: input.userId, role: input.role },
      });
      return { membershipId };
    });
  }
}

/** Changes the role of a membership inside the admin's subtree (never the admin's own). */
@Injectable()
export class ChangeMembershipRole {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly memberships: MembershipsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: { membershipId: string; role: Role; reason?: string }): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const membership = await this.findManageable(actor, input.membershipId, m);
      if (membership.userId === actor.userId) throw new DomainError('CANNOT_CHANGE_OWN_ACCESS');
      if (membership.role === input.role) return;
      if (await this.memberships.exists(m, membership.userId, membership.organizationId, input.role)) {
        throw new DomainError('MEMBERSHIP_EXISTS', { role: input.role });
      }
      await this.memberships.updateRole(m, membership.id, input.role);
      await this.audit.append(m, {
        organizationId: membership.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'membership.role_changed',
        subjectType: 'membership',
        subjectId: membership.id,
        reason: input.reason ?? null,
        data: { userId: membership.userId, from: membership.role, to: input.role },
      });
    });
  }

  private async findManageable(
    actor: Actor,
    membershipId: string,
    m: Parameters<MembershipsRepository['findInScope']>[0],
  ) {
    const visible = await this.memberships.findInScope(
      m,
      await this.scopes.scopeFor(actor.userId, Permission.OrgRead, m),
      membershipId,
    );
    if (!visible) throw new DomainError('NOT_FOUND');
    const manage = await this.scopes.scopeFor(actor.userId, Permission.UserManage, m);
    if (!manage.covers(visible.path))
      throw new DomainError('FORBIDDEN', { permission: Permission.UserManage });
    return visible;
  }
}

/** Removes a membership inside the admin's subtree (never the admin's own). */
@Injectable()
export class RemoveMembership {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly memberships: MembershipsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: { membershipId: string; reason?: string }): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const visible = await this.memberships.findInScope(
        m,
        await this.scopes.scopeFor(actor.userId, Permission.OrgRead, m),
        input.membershipId,
      );
      if (!visible) throw new DomainError('NOT_FOUND');
      const manage = await this.scopes.scopeFor(actor.userId, Permission.UserManage, m);
      if (!manage.covers(visible.path))
        throw new DomainError('FORBIDDEN', { permission: Permission.UserManage });
      if (visible.userId === actor.userId) throw new DomainError('CANNOT_CHANGE_OWN_ACCESS');
      await this.memberships.delete(m, visible.id);
      await this.audit.append(m, {
        organizationId: visible.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'membership.removed',
        subjectType: 'membership',
        subjectId: visible.id,
        reason: input.reason ?? null,
        data: { userId: visible.userId, role: visible.role },
      });
    });
  }
}

/**
 * Deactivates a user and ends their sessions. Allowed only when every role the user holds lies
 * inside the admin's subtree, so one region cannot lock out another region's staff.
 */
@Injectable()
export class DeactivateUser {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly memberships: MembershipsRepository,
    private readonly users: UserAccounts,
    private readonly audit: AuditTrail,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute(actor: Actor, input: { userId: string; reason?: string }): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const read = await this.scopes.scopeFor(actor.userId, Permission.OrgRead, m);
      if (!(await this.memberships.userVisibleInScope(m, read, input.userId)))
        throw new DomainError('NOT_FOUND');
      if (input.userId === actor.userId) throw new DomainError('CANNOT_CHANGE_OWN_ACCESS');
      const manage = await this.scopes.scopeFor(actor.userId, Permission.UserManage, m);
      const grants = await this.scopes.grants(input.userId, m);
      if (!grants.every((g) => manage.covers(g.path)))
        throw new DomainError('FORBIDDEN', { permission: Permission.UserManage });
      const [updated]: [unknown[], number] = await m.query(
        `UPDATE users SET status = 'deactivated', version = version + 1, updated_at = now() WHERE id = $1 AND status = 'active' RETURNING id`,
        [input.userId],
      );
      if (!updated.length) return;
      await this.users.revokeAllSessions(m, input.userId, this.clock.now(), 'deactivated');
      for (const organizationId of new Set(grants.map((g) => g.organizationId))) {
        await this.audit.append(m, {
          organizationId,
          actorId: actor.userId,
          requestId: actor.requestId,
          action: 'user.deactivated',
          subjectType: 'user',
          subjectId: input.userId,
          reason: input.reason ?? null,
        });
      }
    });
  }
}
