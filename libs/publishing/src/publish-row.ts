import { performance } from 'node:perf_hooks';
import type { Platform } from '@warta/core';
import type { PreparedPost } from '@warta/connectors';
import { PostState } from './post-state';

/** A post and its send attempts as the publishing engine reads them, and how a SQL row maps to one. */

/** posts.content as publishing reads it (libs/releases owns the full shape). */
export interface PublishContent {
  text: string;
  thread?: string[];
  firstComment?: string;
  media: {
    source: 'asset' | 'rendition';
    id: string;
    purpose: 'original' | 'instagram_padded' | 'title_card';
    mediaKind: 'image' | 'gif' | 'video';
    mime: string;
    altText?: string;
  }[];
}

/** One post as the publishing engine sees it. */
export interface PublishRow {
  id: string;
  organizationId: string;
  releaseId: string;
  socialAccountId: string;
  platform: Platform;
  content: PublishContent;
  state: PostState;
  version: number;
  publishAt: Date | null;
  publishZone: string | null;
  nextAttemptAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  attemptCount: number;
  reconcileTries: number;
  prepared: PreparedPost | null;
  containerId: string | null;
  currentAttemptId: string | null;
  platformPostId: string | null;
  childIds: string[];
  permalink: string | null;
  publishedAt: Date | null;
  lastErrorClass: string | null;
  lastErrorMessage: string | null;
  lateToleranceMinutes: number | null;
  /**
   * The database's time (`warta_now()`) when this row was read or written, and this process's
   * monotonic clock when the answer arrived: "now" for a decision about this row is the first plus
   * the time elapsed since the second, never ahead of the database. Null for rows read without it.
   */
  readAt: Date | null;
  readMono: number;
}

export interface Row {
  id: string;
  organization_id: string;
  release_id: string;
  social_account_id: string;
  platform: Platform;
  content: PublishContent;
  state: PostState;
  version: number;
  publish_at: Date | null;
  publish_zone: string | null;
  next_attempt_at: Date | null;
  lease_owner: string | null;
  lease_until: Date | null;
  attempt_count: number;
  reconcile_tries: number;
  prepared: PreparedPost | null;
  container_id: string | null;
  current_attempt_id: string | null;
  platform_post_id: string | null;
  child_ids: string[];
  permalink: string | null;
  published_at: Date | null;
  last_error_class: string | null;
  last_error_message: string | null;
  late_tolerance_minutes: number | null;
  db_now?: Date | null;
}

/**
 * The database's time, read once per statement: `warta_now()` in a FROM sub-select would be read
 * again for every row of a nested loop (measured: 35 µs a row in commit point 1 of 200 posts).
 */
export const NOW_CTE = 'WITH c AS MATERIALIZED (SELECT warta_now() AS now) ';

/** Every column but the two documents (content, prepared): what a write that already knows them reads back. */
export const SMALL_COLUMNS = `p.id, p.organization_id, p.release_id, p.social_account_id, p.platform, p.state,
  p.version, p.publish_at, p.publish_zone, p.next_attempt_at, p.lease_owner, p.lease_until, p.attempt_count,
  p.reconcile_tries, p.container_id, p.current_attempt_id, p.platform_post_id, p.child_ids,
  p.permalink, p.published_at, p.last_error_class, p.last_error_message`;
export const COLUMNS = `${SMALL_COLUMNS}, p.content, p.prepared`;

export function toRow(r: Row): PublishRow {
  return {
    id: r.id,
    organizationId: r.organization_id,
    releaseId: r.release_id,
    socialAccountId: r.social_account_id,
    platform: r.platform,
    content: r.content,
    state: r.state,
    version: r.version,
    publishAt: r.publish_at,
    publishZone: r.publish_zone,
    nextAttemptAt: r.next_attempt_at,
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until,
    attemptCount: r.attempt_count,
    reconcileTries: r.reconcile_tries,
    prepared: r.prepared,
    containerId: r.container_id,
    currentAttemptId: r.current_attempt_id,
    platformPostId: r.platform_post_id,
    childIds: r.child_ids ?? [],
    permalink: r.permalink,
    publishedAt: r.published_at,
    lastErrorClass: r.last_error_class,
    lastErrorMessage: r.last_error_message,
    lateToleranceMinutes: r.late_tolerance_minutes ?? null,
    readAt: r.db_now ? new Date(r.db_now) : null,
    readMono: performance.now(),
  };
}

export interface AttemptRow {
  id: string;
  postVersion: number;
  kind: 'post' | 'thread_part' | 'first_comment';
  partIndex: number;
  workerId: string;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: 'pending' | 'sent' | 'rejected' | 'unknown' | 'found' | 'absent' | 'resolved';
  platformId: string | null;
  errorClass: string | null;
  errorMessage: string | null;
}
