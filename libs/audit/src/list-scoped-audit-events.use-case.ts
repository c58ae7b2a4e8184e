import { Injectable } from '@nestjs/common';
import { AccessScope, Page } from '@warta/database';
import { AuditEventsRepository, AuditEventView, AuditFilter } from './audit-events.repository';

/**
 * Audit events inside a scope, newest first. The scope comes from libs/organizations'
 * AccessScopeService (audit sits below organizations, so the caller resolves it): there is no way
 * to read the trail unscoped.
 */
@Injectable()
export class ListScopedAuditEvents {
  constructor(private readonly events: AuditEventsRepository) {}

  execute(scope: AccessScope, filter: AuditFilter): Promise<Page<AuditEventView>> {
    return this.events.list(scope, filter);
  }
}
