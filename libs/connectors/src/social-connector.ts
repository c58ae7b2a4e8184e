import type { Platform } from '@warta/core';

/** What a connector needs to act as one connected account. Built by libs/accounts from the vault. */
export interface ConnectorCredentials {
  /** X user id, Facebook Page id, or Instagram user id. */
  externalId: string;
  /** For Instagram: the Facebook Page the account hangs off. */
  parentExternalId?: string | null;
  accessToken: string;
}

export type MediaKind = 'image' | 'gif' | 'video';

export interface PublishMedia {
  kind: MediaKind;
  /** A URL the platform (Meta) or we (X upload) can fetch. */
  url: string;
  mime?: string;
  altText?: string | null;
}

export interface PublishRequest {
  text: string;
  media: PublishMedia[];
  link?: string | null;
}

export interface ConnectorCapabilities {
  platform: Platform;
  maxTextLength: number;
  maxMedia: number;
  /** Instagram has no text-only posts. */
  requiresMedia: boolean;
  carousel: boolean;
  /** X: numbered thread parts, each its own send. */
  threads: boolean;
  /** Facebook / Instagram: a first comment after the post. */
  firstComment: boolean;
  /** How many post ids one metrics call takes. */
  metricsBatchSize: number;
  /**
   * When prepare does real work ahead of the send, so a post is prepared before its minute:
   * `always` (Instagram: every post is a container the platform processes first) or `with_media`
   * (uploads); a post it does not prepare ahead is sent in one go at its minute.
   */
  preparesAhead: 'always' | 'with_media';
}

export interface ValidationProblem {
  code: string;
  message: string;
  field?: string;
}

/**
 * What prepare produced; serialisable, stored between jobs and handed back to prepare (to resume)
 * and to send. Holds platform ids only, never a token.
 */
export interface PreparedPost {
  platform: Platform;
  text: string;
  link: string | null;
  /** X media ids, or Facebook unpublished photo ids. */
  mediaIds: string[];
  /** Instagram: the container to publish (the carousel parent for carousels). */
  containerId: string | null;
  /** Instagram carousel children, so a resumed prepare does not create them again. */
  childContainerIds: string[];
}

export type PrepareResult =
  | { status: 'ready'; prepared: PreparedPost }
  /** Not an error: check again after `checkAfterSeconds` (never sleep inside a job). */
  | { status: 'not_ready'; prepared: PreparedPost; checkAfterSeconds: number };

export interface SendResult {
  platformPostId: string;
  permalink: string | null;
  publishedAt: Date | null;
}

export type FollowUpKind = 'thread_part' | 'first_comment';

export interface FollowUpRequest {
  kind: FollowUpKind;
  /** The post (or previous thread part) this one answers. */
  parentId: string;
  text: string;
}

export interface RecentPost {
  id: string;
  text: string | null;
  createdAt: Date;
  permalink: string | null;
}

export interface RecentPostsQuery {
  since: Date;
  /** Instagram: the container whose status tells whether media_publish went through. */
  containerId?: string | null;
}

/**
 * What a platform that publishes a prepared container says about it, in publishing's terms:
 * `published` (it went live), `unpublished` (never published, still usable for a send), or
 * `unpublished_remake` (never published, and only a new container can be sent).
 */
export type ContainerFate = 'published' | 'unpublished' | 'unpublished_remake';

export interface RecentPostsResult {
  posts: RecentPost[];
  /** Instagram only: the container's status_code, as the platform named it. */
  containerStatus: string | null;
  /** What `containerStatus` means for the send; null where there is no container. */
  container: ContainerFate | null;
}

export interface PostMetrics {
  postId: string;
  /** The post no longer exists on the platform (deleted there). */
  gone: boolean;
  views: number | null;
  reach: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number | null;
  /** Every metric as the platform named it, for audits and later re-mapping. */
  raw: Record<string, unknown>;
  source: 'public' | 'private' | 'insights';
  fetchedAt: Date;
}

export interface AccountStats {
  followers: number;
  following: number | null;
  posts: number | null;
  fetchedAt: Date;
}

/**
 * One connected platform, as the publishing and analytics libs see it. `send` and `sendFollowUp`
 * are the only calls that may publish; everything else can be retried freely.
 */
export interface SocialConnector {
  readonly platform: Platform;
  readonly capabilities: ConnectorCapabilities;

  /**
   * Pure: the public link of a post from its id and the account's handle, where it follows from
   * them; null where it must be read back after publishing (Instagram's shortcode).
   */
  permalinkOf(platformPostId: string, account: { handle: string | null }): string | null;

  /** Pure: what the platform would reject, found before any call. */
  validate(request: PublishRequest): ValidationProblem[];

  /**
   * Idempotent: uploads media / creates containers, resuming from `previous` when given, and
   * reports not_ready (with a delay) instead of waiting.
   */
  prepare(
    creds: ConnectorCredentials,
    request: PublishRequest,
    previous?: PreparedPost | null,
  ): Promise<PrepareResult>;

  /** The single non-idempotent call. An ambiguous failure is a ConnectorError('unknown_outcome'). */
  send(creds: ConnectorCredentials, prepared: PreparedPost): Promise<SendResult>;

  /** A thread part (X) or first comment (Facebook, Instagram): its own send, with its own record. */
  sendFollowUp(creds: ConnectorCredentials, followUp: FollowUpRequest): Promise<{ id: string }>;

  /** The account's posts since a time, for reconciling an unknown outcome. */
  findRecentPosts(creds: ConnectorCredentials, query: RecentPostsQuery): Promise<RecentPostsResult>;

  /** Deleting something already gone counts as done (`deleted: false`). */
  delete(creds: ConnectorCredentials, postId: string): Promise<{ deleted: boolean }>;

  /** Metrics for up to `capabilities.metricsBatchSize` posts per platform call (more are chunked). */
  fetchPostMetrics(creds: ConnectorCredentials, postIds: string[]): Promise<PostMetrics[]>;

  fetchAccountStats(creds: ConnectorCredentials): Promise<AccountStats>;
}
