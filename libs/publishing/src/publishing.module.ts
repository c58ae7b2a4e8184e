import { Module } from '@nestjs/common';
import { AccountsModule } from '@warta/accounts';
import { MediaModule } from '@warta/media';
import { NotificationsModule } from '@warta/notifications';
import { OrganizationsModule } from '@warta/organizations';
import { ReleasesModule } from '@warta/releases';
import { ComposeDrafts } from './compose-drafts.use-case';
import { DispatchRepository } from './dispatch.repository';
import { DraftEditTransitions } from './draft-edit-transitions';
import { EngineClock } from './engine-clock';
import { CancelPost, EditPost, ResolvePost } from './post-decisions.use-cases';
import { PostDecisionsRepository } from './post-decisions.repository';
import { PostCommitPointsRepository } from './post-commit-points.repository';
import { PostsQuery } from './posts-query';
import { PublishJobs } from './publish-jobs.service';
import { PublishStep } from './publish-step.use-case';
import { PreparePost } from './publish-step/prepare-post.use-case';
import { PublishFailures } from './publish-step/publish-failures.service';
import { ReconcileUnknownPost } from './publish-step/reconcile-unknown-post.use-case';
import { CommitPublished } from './publish-step/commit-published.service';
import { SendFollowUps } from './publish-step/send-follow-ups.use-case';
import { SendPost } from './publish-step/send-post.use-case';
import { SettlePost } from './publish-step/settle-post.service';
import { PublishWriteBatches } from './publish-write-batches';
import { PublishingMetrics } from './publishing-metrics';
import { PublishingPostsRepository } from './publishing-posts.repository';
import { ReconcileDispatch } from './reconcile-dispatch.use-case';
import { ResolvePermalinks } from './resolve-permalinks.use-case';
import { SchedulePosts } from './schedule-posts.use-case';
import { SendingAccounts } from './sending-accounts';
import { SetPostingSlots } from './set-posting-slots.use-case';

const REPOSITORIES = [
  PublishingPostsRepository,
  PostCommitPointsRepository,
  PostDecisionsRepository,
  DispatchRepository,
];
const PROVIDERS = [
  EngineClock,
  PostsQuery,
  PublishJobs,
  SchedulePosts,
  CancelPost,
  ResolvePost,
  EditPost,
  ComposeDrafts,
  DraftEditTransitions,
  SetPostingSlots,
  PublishWriteBatches,
  SendingAccounts,
  SettlePost,
  PublishFailures,
  CommitPublished,
  SendFollowUps,
  SendPost,
  PreparePost,
  ReconcileUnknownPost,
  PublishStep,
  ReconcileDispatch,
  ResolvePermalinks,
  // One per process: the worker serves it on its /metrics.
  { provide: PublishingMetrics, useFactory: () => new PublishingMetrics() },
];

/** Scheduling, dispatch, publishing and reconciliation of posts (DESIGN §5). Needs QueueModule. */
@Module({
  imports: [OrganizationsModule, AccountsModule, MediaModule, ReleasesModule, NotificationsModule],
  providers: [...REPOSITORIES, ...PROVIDERS],
  // Repositories stay inside: the worker and api reach posts through the use cases (DESIGN §3).
  exports: PROVIDERS,
})
export class PublishingModule {}
