import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { SLOT_PATTERN } from './publish-time';

export interface PostingSlotsView {
  socialAccountId: string;
  slots: string[];
  zone: string;
  version: number;
}

/** Sets an account's posting slots ("08:00", "12:00", "19:00" in its node's zone), audited. */
@Injectable()
export class SetPostingSlots {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly scopes: AccessScopeService,
    private readonly audit: AuditTrail,
  ) {}

  execute(
    actor: Actor,
    input: { accountId: string; version: number; slots: string[] },
  ): Promise<PostingSlotsView> {
    return this.dataSource.transaction(async (m) => {
      const scope = await this.scopes.scopeFor(actor.userId, Permission.AccountRead, m);
      const s = scope.sql('o.path', 2);
      const rows: {
        id: string;
        organization_id: string;
        version: number;
        posting_slots: string[];
        timezone: string;
      }[] = await m.query(
        `SELECT a.id, a.organization_id, a.version, a.posting_slots, o.timezone
             FROM social_accounts a JOIN organizations o ON o.id = a.organization_id
            WHERE a.id = $1 AND ${s.clause} FOR UPDATE OF a`,
        [input.accountId, ...s.params],
      );
      const account = rows[0];
      if (!account) throw new DomainError('NOT_FOUND');
      await this.scopes.requireNode(actor.userId, account.organization_id, Permission.AccountManage, m);
      if (account.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: account.version });
      }
      const bad = input.slots.findIndex((x) => !SLOT_PATTERN.test(x));
      if (bad >= 0)
        throw new DomainError('VALIDATION_FAILED', {}, [{ field: `slots[${bad}]`, code: 'schedule.slot' }]);
      const slots = [...new Set(input.slots)].sort();
      await m.query(
        `UPDATE social_accounts SET posting_slots = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [account.id, slots],
      );
      await this.audit.append(m, {
        organizationId: account.organization_id,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'social_account.posting_slots_set',
        subjectType: 'social_account',
        subjectId: account.id,
        reason: null,
        data: { from: account.posting_slots, to: slots, version: account.version + 1 },
      });
      return { socialAccountId: account.id, slots, zone: account.timezone, version: account.version + 1 };
    });
  }
}
