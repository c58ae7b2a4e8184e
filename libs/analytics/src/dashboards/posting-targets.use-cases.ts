import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, Clock, DomainError, Platform } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { TargetPeriod } from './dashboard-range';
import { PostingTarget, PostingTargetsRepository } from './posting-targets.repository';

export interface NodeTargets {
  organizationId: string;
  items: PostingTarget[];
  /** Set on an ancestor and applying to this node's units where they set none themselves. */
  inherited: PostingTarget[];
}

/** Reads a node's posting targets (any role that can read its dashboards). */
@Injectable()
export class ListPostingTargets {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly targets: PostingTargetsRepository,
  ) {}

  async execute(actor: Actor, organizationId: string): Promise<NodeTargets> {
    const m = this.dataSource.manager;
    const node = await this.scopes.requireNode(actor.userId, organizationId, Permission.AnalyticsRead, m);
    const [items, inherited] = await Promise.all([
      this.targets.forNode(m, node.id),
      this.targets.inheritedBy(m, node.path, node.id),
    ]);
    const own = new Set(items.map((t) => `${t.platform}|${t.period}`));
    return {
      organizationId: node.id,
      items,
      inherited: inherited.filter((t) => !own.has(`${t.platform}|${t.period}`)),
    };
  }
}

export interface SetPostingTargetInput {
  organizationId: string;
  platform: Platform;
  period: TargetPeriod;
  count: number;
  /** The version read; omit only when creating the target. */
  version?: number;
  reason?: string;
}

/**
 * Creates or changes one target (node x platform x period) with optimistic concurrency: changing
 * an existing target needs the version read, creating one needs none. Audited.
 */
@Injectable()
export class SetPostingTarget {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly targets: PostingTargetsRepository,
    private readonly audit: AuditTrail,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute(actor: Actor, input: SetPostingTargetInput): Promise<PostingTarget> {
    return this.dataSource.transaction(async (m) => {
      const node = await this.scopes.requireNode(
        actor.userId,
        input.organizationId,
        Permission.TargetManage,
        m,
      );
      const key = { organizationId: node.id, platform: input.platform, period: input.period };
      const before = await this.targets.find(m, key);
      let after: PostingTarget | null;
      if (!before) {
        if (input.version !== undefined) {
          throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: 0 });
        }
        after = await this.targets.insert(m, { ...key, count: input.count, now: this.clock.now() });
        if (!after) throw new DomainError('VERSION_CONFLICT', { expected: 0, actual: 1 });
      } else {
        if (input.version !== before.version) {
          throw new DomainError('VERSION_CONFLICT', { expected: input.version ?? 0, actual: before.version });
        }
        after = await this.targets.update(m, before.id, before.version, input.count, this.clock.now());
        if (!after)
          throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      await this.audit.append(m, {
        organizationId: node.id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: before ? 'posting_target.updated' : 'posting_target.created',
        subjectType: 'posting_target',
        subjectId: after.id,
        reason: input.reason ?? null,
        data: {
          platform: after.platform,
          period: after.period,
          count: { from: before?.count ?? null, to: after.count },
          version: after.version,
        },
      });
      return after;
    });
  }
}

export interface DeletePostingTargetInput {
  organizationId: string;
  platform: Platform;
  period: TargetPeriod;
  version: number;
  reason?: string;
}

/** Removes one target (its units then fall back to an ancestor's, if any). Audited. */
@Injectable()
export class DeletePostingTarget {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly targets: PostingTargetsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: DeletePostingTargetInput): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const node = await this.scopes.requireNode(
        actor.userId,
        input.organizationId,
        Permission.TargetManage,
        m,
      );
      const before = await this.targets.find(m, {
        organizationId: node.id,
        platform: input.platform,
        period: input.period,
      });
      if (!before) throw new DomainError('NOT_FOUND');
      if (before.version !== input.version || !(await this.targets.delete(m, before.id, input.version))) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      await this.audit.append(m, {
        organizationId: node.id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'posting_target.deleted',
        subjectType: 'posting_target',
        subjectId: before.id,
        reason: input.reason ?? null,
        data: {
          platform: before.platform,
          period: before.period,
          count: before.count,
          version: before.version,
        },
      });
    });
  }
}
