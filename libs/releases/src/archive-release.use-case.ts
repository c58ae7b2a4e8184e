import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import type { Release } from './release';
import { ReleaseAccess } from './release-access.service';
import { ReleasesRepository } from './releases.repository';

export interface ArchiveReleaseInput {
  id: string;
  /** The version the caller read; when given, a stale one is a 409. */
  version?: number;
  reason?: string;
}

/**
 * Archives a release: it leaves the working lists but stays readable for the audit trail, so
 * releases are never deleted. Archiving an archived release is a no-op, which keeps DELETE idempotent.
 */
@Injectable()
export class ArchiveRelease {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly releases: ReleasesRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, input: ArchiveReleaseInput): Promise<Release> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.access.forWrite(actor, input.id, m);
      if (input.version !== undefined && before.version !== input.version) {
        throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
      }
      if (before.status === 'archived') return before;
      const after = await this.releases.update(m, before.id, before.version, { status: 'archived' });
      if (!after)
        throw new DomainError('VERSION_CONFLICT', { expected: before.version, actual: before.version });
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'release.archived',
        subjectType: 'release',
        subjectId: after.id,
        reason: input.reason ?? null,
        data: { version: after.version, from: before.status },
      });
      return after;
    });
  }
}
