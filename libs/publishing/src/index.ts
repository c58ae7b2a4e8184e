export * from './build-publish-request';
export * from './calendar';
export * from './compose-drafts.use-case';
export * from './engine-clock';
export * from './post-decisions.use-cases';
export * from './post-state';
export * from './post-text-match';
export * from './post-transitions';
export * from './posts-query';
export type { PostsListFilter, PostsListRow } from './posts-list.repository';
export { POST_EXCERPT_LENGTH } from './posts-list.repository';
export * from './list-posts.use-case';
export * from './publish-jobs.service';
export * from './publish-step.use-case';
export { lateMessage, preparesAhead } from './publish-step/publish-rules';
export * from './publish-time';
export * from './publishing-metrics';
export type {
  AttemptRow,
  BeginSend,
  Claim,
  GuardedUpdate,
  PublishContent,
  PublishRow,
  RecordPublished,
} from './publishing-posts.repository';
export * from './observability';
export * from './publishing.module';
export * from './reconcile-dispatch.use-case';
export * from './resolve-permalinks.use-case';
export * from './retry-policy';
export * from './schedule-posts.use-case';
export * from './set-posting-slots.use-case';
export * from './publish-write-batches';
export * from './sending-accounts';
export * from './get-post-detail.use-case';
export * from './post-queries.module';
