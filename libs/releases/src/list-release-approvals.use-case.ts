import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { DataSource } from 'typeorm';
import { Approval, ApprovalsRepository } from './approvals.repository';
import { ReleaseAccess } from './release-access.service';

/** The review decisions on a release of the caller's subtree(s), oldest first (404 outside them). */
@Injectable()
export class ListReleaseApprovals {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly access: ReleaseAccess,
    private readonly approvals: ApprovalsRepository,
  ) {}

  async execute(actor: Actor, releaseId: string): Promise<Approval[]> {
    const release = await this.access.forRead(actor, releaseId);
    return this.approvals.forRelease(this.dataSource.manager, release.id);
  }
}
