import { IdCounter } from './id-generator';
import { SandboxProfile, defaultProfile } from './sandbox-profile';

/*
 * The whole emulated world as one JSON-serialisable object: what is persisted, what GET
 * /__sandbox/state shows. Times are virtual epoch milliseconds. Records keep insertion order
 * (all ids are too large to be array indices), which is also creation order.
 */

/** Counts added by tests through POST /__sandbox/engage, on top of organic growth. */
export type Engagement = Record<string, number>;

export interface XApp {
  clientId: string;
  clientSecret: string | null;
  name: string;
}

export interface XUser {
  id: string;
  username: string;
  name: string;
  createdAt: number;
  followers: number;
  following: number;
  listed: number;
  likeCount: number;
  /** Posts the account "had" before the sandbox saw it, so tweet_count looks lived-in. */
  baseTweetCount: number;
  maxWeightedLength: number;
}

export interface XAccessToken {
  token: string;
  userId: string;
  clientId: string;
  scopes: string[];
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface XRefreshToken {
  token: string;
  userId: string;
  clientId: string;
  scopes: string[];
  issuedAt: number;
  /** Set once the token was exchanged: refresh tokens rotate and are single-use. */
  rotatedAt: number | null;
  revoked: boolean;
}

export interface XAuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  codeChallengeMethod: string;
  scopes: string[];
  userId: string;
  expiresAt: number;
  used: boolean;
}

export interface XUrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url: string;
  display_url: string;
}

export interface XTweet {
  id: string;
  authorId: string;
  clientId: string;
  /** The text as X returns it: URLs wrapped in t.co, a media link appended. */
  text: string;
  /** The text as the client sent it (duplicate detection compares this). */
  sentText: string;
  urls: XUrlEntity[];
  createdAt: number;
  mediaIds: string[];
  inReplyToId: string | null;
  inReplyToUserId: string | null;
  conversationId: string;
  deletedAt: number | null;
}

export type XMediaKind = 'image' | 'gif' | 'video';

export interface XMedia {
  id: string;
  mediaKey: string;
  ownerId: string;
  additionalOwners: string[];
  mediaType: string;
  category: string;
  kind: XMediaKind;
  totalBytes: number;
  /** Bytes per APPEND segment index (a re-sent segment replaces the earlier one). */
  segments: Record<string, number>;
  createdAt: number;
  expiresAt: number;
  finalizedAt: number | null;
  /** Virtual seconds from FINALIZE to succeeded; 0 for images. */
  processingSeconds: number;
  failure: string | null;
  width: number | null;
  height: number | null;
  altText: string | null;
  usedInTweetIds: string[];
}

export interface GraphApp {
  appId: string;
  appSecret: string;
  requireAppSecretProof: boolean;
}

export interface FbUser {
  id: string;
  name: string;
  /** Scopes a login grants when the dialog does not ask for specific ones. */
  defaultScopes: string[];
}

export interface FbPageRole {
  userId: string;
  tasks: string[];
}

export interface FbPage {
  id: string;
  name: string;
  username: string;
  category: string;
  followers: number;
  fans: number;
  roles: FbPageRole[];
  igUserId: string | null;
}

/** Why a Graph token stopped working: Meta's 190 subcodes. */
export type GraphRevokedSubcode = 458 | 460 | 467 | 492;

export interface GraphToken {
  token: string;
  kind: 'user' | 'page';
  appId: string;
  userId: string;
  pageId: string | null;
  scopes: string[];
  issuedAt: number;
  /** null = never expires (Page tokens derived from a long-lived user token). */
  expiresAt: number | null;
  longLived: boolean;
  revokedSubcode: GraphRevokedSubcode | null;
}

export interface GraphAuthCode {
  code: string;
  appId: string;
  redirectUri: string;
  userId: string;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

export type FbPostKind = 'status' | 'link' | 'photo' | 'multi_photo' | 'video';

export interface FbPost {
  id: string;
  pageId: string;
  kind: FbPostKind;
  message: string | null;
  link: string | null;
  photoIds: string[];
  createdAt: number;
  /** When it goes (or went) live: the creation time, or scheduled_publish_time. */
  publishAt: number;
  /** published=false without a schedule: an unpublished ("dark") post, never listed. */
  unpublished: boolean;
  scheduled: boolean;
  deletedAt: number | null;
  commentIds: string[];
}

export interface FbPhoto {
  id: string;
  pageId: string;
  url: string | null;
  blobId: string | null;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  caption: string | null;
  published: boolean;
  /** The post this photo is shown in (own post, or the multi-photo post that attached it). */
  postId: string | null;
  createdAt: number;
}

export interface SocialComment {
  id: string;
  parentId: string;
  platform: 'facebook' | 'instagram';
  fromId: string;
  fromName: string;
  message: string;
  createdAt: number;
  deletedAt: number | null;
}

export interface IgAccount {
  id: string;
  username: string;
  name: string;
  followers: number;
  follows: number;
  baseMediaCount: number;
  pageId: string;
}

export type IgContainerType = 'IMAGE' | 'VIDEO' | 'REELS' | 'STORIES' | 'CAROUSEL';

export interface IgContainer {
  id: string;
  igUserId: string;
  mediaType: IgContainerType;
  isCarouselItem: boolean;
  imageUrl: string | null;
  videoUrl: string | null;
  blobId: string | null;
  width: number | null;
  height: number | null;
  caption: string | null;
  altText: string | null;
  children: string[];
  createdAt: number;
  readyAt: number;
  error: { subcode: number; message: string } | null;
  publishedMediaId: string | null;
  publishedAt: number | null;
}

export interface IgMedia {
  id: string;
  igUserId: string;
  containerId: string;
  mediaType: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  productType: 'FEED' | 'REELS' | 'STORY';
  caption: string | null;
  createdAt: number;
  shortcode: string;
  mediaUrl: string | null;
  blobId: string | null;
  childIds: string[];
  isCarouselChild: boolean;
  deletedAt: number | null;
  commentIds: string[];
}

export interface RateWindowState {
  start: number;
  count: number;
}

export interface SandboxState {
  schema: 1;
  seed: number;
  counters: Record<string, IdCounter>;
  profile: SandboxProfile;
  engagement: Record<string, Engagement>;
  rate: Record<string, RateWindowState>;
  x: {
    apps: Record<string, XApp>;
    users: Record<string, XUser>;
    accessTokens: Record<string, XAccessToken>;
    refreshTokens: Record<string, XRefreshToken>;
    authCodes: Record<string, XAuthCode>;
    tweets: Record<string, XTweet>;
    media: Record<string, XMedia>;
    /** Posts per app with their times, for the monthly usage cap. */
    postLog: Record<string, number[]>;
  };
  graph: {
    apps: Record<string, GraphApp>;
    users: Record<string, FbUser>;
    pages: Record<string, FbPage>;
    tokens: Record<string, GraphToken>;
    authCodes: Record<string, GraphAuthCode>;
    posts: Record<string, FbPost>;
    photos: Record<string, FbPhoto>;
    comments: Record<string, SocialComment>;
    igAccounts: Record<string, IgAccount>;
    containers: Record<string, IgContainer>;
    igMedia: Record<string, IgMedia>;
    /** media_publish times per IG account, for the rolling 24 h quota. */
    igPublishLog: Record<string, number[]>;
  };
}

export function createEmptyState(seed: number): SandboxState {
  return {
    schema: 1,
    seed,
    counters: {},
    profile: defaultProfile(),
    engagement: {},
    rate: {},
    x: {
      apps: {},
      users: {},
      accessTokens: {},
      refreshTokens: {},
      authCodes: {},
      tweets: {},
      media: {},
      postLog: {},
    },
    graph: {
      apps: {},
      users: {},
      pages: {},
      tokens: {},
      authCodes: {},
      posts: {},
      photos: {},
      comments: {},
      igAccounts: {},
      containers: {},
      igMedia: {},
      igPublishLog: {},
    },
  };
}
