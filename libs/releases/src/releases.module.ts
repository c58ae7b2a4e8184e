import { Module } from '@nestjs/common';
import { MediaModule } from '@warta/media';
import { OrganizationsModule } from '@warta/organizations';
import { ApprovalsRepository } from './approvals.repository';
import { ListApprovalQueue } from './list-approval-queue.use-case';
import { ReleaseSubmissionsRepository } from './release-submissions.repository';
import { ArchiveRelease } from './archive-release.use-case';
import { ComposePreview } from './compose-preview.use-case';
import { ConnectedAccountsRepository } from './connected-accounts.repository';
import { CreateDrafts } from './create-drafts.use-case';
import { CreateRelease } from './create-release.use-case';
import { PostsRepository } from './posts.repository';
import { ReleaseAccess } from './release-access.service';
import { ApproveRelease, RequestReleaseChanges, SubmitRelease } from './release-approval.use-cases';
import { ReleasesRepository } from './releases.repository';
import { SetReleaseMedia } from './set-release-media.use-case';
import { UpdateDraft } from './update-draft.use-case';
import { UpdateRelease } from './update-release.use-case';
import { GetRelease } from './get-release.use-case';
import { ListDrafts } from './list-drafts.use-case';
import { ListReleaseApprovals } from './list-release-approvals.use-case';
import { ListReleaseMedia } from './list-release-media.use-case';
import { ListReleaseSubmissions } from './list-release-submissions.use-case';
import { ListReleases } from './list-releases.use-case';

const REPOSITORIES = [
  ReleasesRepository,
  PostsRepository,
  ConnectedAccountsRepository,
  ApprovalsRepository,
  ReleaseSubmissionsRepository,
];
const PROVIDERS = [
  ReleaseAccess,
  CreateRelease,
  UpdateRelease,
  ArchiveRelease,
  SetReleaseMedia,
  CreateDrafts,
  UpdateDraft,
  ComposePreview,
  ListApprovalQueue,
  SubmitRelease,
  ApproveRelease,
  RequestReleaseChanges,
  ListReleases,
  GetRelease,
  ListReleaseMedia,
  ListReleaseApprovals,
  ListReleaseSubmissions,
  ListDrafts,
];

/** Releases, their review (submit, approve, request changes), their media list, the drafts composed from them, and the live compose preview. */
@Module({
  imports: [OrganizationsModule, MediaModule],
  providers: [...REPOSITORIES, ...PROVIDERS],
  // Repositories stay inside: publishing and the apps reach releases through its use cases (DESIGN §3).
  exports: PROVIDERS,
})
export class ReleasesModule {}
