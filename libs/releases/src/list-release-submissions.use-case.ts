import { Injectable } from '@nestjs/common';
import { Actor } from '@warta/core';
import { ReleaseAccess } from './release-access.service';
import { ReleaseSubmission, ReleaseSubmissionsRepository } from './release-submissions.repository';

/** What each submission of a release sent for review, newest first (404 outside the caller's subtree). */
@Injectable()
export class ListReleaseSubmissions {
  constructor(
    private readonly access: ReleaseAccess,
    private readonly submissions: ReleaseSubmissionsRepository,
  ) {}

  async execute(actor: Actor, releaseId: string): Promise<ReleaseSubmission[]> {
    const release = await this.access.forRead(actor, releaseId);
    return this.submissions.forRelease(release.id);
  }
}
