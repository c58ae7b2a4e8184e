import { Inject, Injectable } from '@nestjs/common';
import { Platform } from '@warta/core';
import { AccessScope } from '@warta/database';
import { DataSource, EntityManager } from 'typeorm';
import { PostState } from './post-state';
import { actionsFrom, PostAction } from './post-transitions';
import { isoInZone } from './publish-time';
import { AttemptRow, PublishingPostsRepository } from './publishing-posts.repository';

/** A post as people see it: where it is in its life, when, and what came of it. */
export interface PostView {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  socialAccountId: string;
  account: { handle: string; displayName: string; status: string };
  platform: Platform;
  state: PostState;
  version: number;
  publishAt: string | null;
  publishZone: string | null;
  publishedAt: string | null;
  platformPostId: string | null;
  permalink: string | null;
  childIds: string[];
  attemptCount: number;
  lastError: { class: string; message: string | null } | null;
  /** What a person may do to it in its state (schedule, edit, cancel, mark_published, send_again). */
  actions: PostAction[];
  content: Record<string, unknown>;
  attempts?: {
    id: string;
    version: number;
    kind: AttemptRow['kind'];
    part: number;
    startedAt: string;
    finishedAt: string | null;
    outcome: AttemptRow['outcome'];
    platformId: string | null;
    /** The error's kind (platforms/README.md taxonomy), for a message in the reader's words. */
    errorClass: string | null;
    error: string | null;
  }[];
}

/** What scheduling needs to know about a post, its release, node and account. */
export interface SchedulablePost {
  id: string;
  organizationId: string;
  releaseId: string;
  socialAccountId: string;
  platform: Platform;
  state: PostState;
  version: number;
  publishAt: Date | null;
  zone: string;
  approvalPolicy: string;
  releaseStatus: string;
  accountStatus: string;
  handle: string;
  postingSlots: string[];
  hasMedia: boolean;
}

interface ViewRow {
  id: string;
  release_id: string;
  title: string;
  organization_id: string;
  social_account_id: string;
  handle: string;
  display_name: string;
  account_status: string;
  platform: Platform;
  state: PostState;
  version: number;
  publish_at: Date | null;
  publish_zone: string | null;
  timezone: string;
  published_at: Date | null;
  platform_post_id: string | null;
  permalink: string | null;
  child_ids: string[];
  attempt_count: number;
  last_error_class: string | null;
  last_error_message: string | null;
  content: Record<string, unknown>;
}

const VIEW_SELECT = `SELECT p.id, p.release_id, r.title, p.organization_id, p.social_account_id, s.handle, s.display_name,
    s.status AS account_status, p.platform, p.state, p.version, p.publish_at, p.publish_zone, o.timezone, p.published_at,
    p.platform_post_id, p.permalink, p.child_ids, p.attempt_count, p.last_error_class, p.last_error_message, p.content
  FROM posts p JOIN organizations o ON o.id = p.organization_id JOIN releases r ON r.id = p.release_id
  JOIN social_accounts s ON s.id = p.social_account_id`;

@Injectable()
export class PostsQuery {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly posts: PublishingPostsRepository,
  ) {}

  async view(
    scope: AccessScope,
    id: string,
    withAttempts = false,
    m: EntityManager = this.dataSource.manager,
  ) {
    const s = scope.sql('o.path', 2);
    const rows: ViewRow[] = await m.query(`${VIEW_SELECT} WHERE p.id = $1 AND ${s.clause}`, [
      id,
      ...s.params,
    ]);
    if (!rows[0]) return null;
    const view = toView(rows[0]);
    if (withAttempts) {
      // In the post's zone, like its publishAt and publishedAt (never UTC to a WIB reader).
      view.attempts = (await this.posts.attempts(id, m)).map((a) => ({
        id: a.id,
        version: a.postVersion,
        kind: a.kind,
        part: a.partIndex,
        startedAt: isoInZone(a.startedAt, view.publishZone)!,
        finishedAt: isoInZone(a.finishedAt, view.publishZone),
        outcome: a.outcome,
        platformId: a.platformId,
        errorClass: a.errorClass,
        error: a.errorMessage,
      }));
    }
    return view;
  }

  async viewsOf(ids: string[], m: EntityManager = this.dataSource.manager): Promise<PostView[]> {
    if (!ids.length) return [];
    const rows: ViewRow[] = await m.query(
      `${VIEW_SELECT} WHERE p.id = ANY($1)
        ORDER BY array_position(ARRAY['x', 'facebook', 'instagram'], p.platform), s.handle, p.id`,
      [ids],
    );
    return rows.map(toView);
  }

  /** Posts to schedule, locked, with everything the rules need. Scoped: outside -> not returned. */
  async schedulable(
    m: EntityManager,
    scope: AccessScope,
    where: { releaseId: string } | { postId: string },
  ): Promise<SchedulablePost[]> {
    const s = scope.sql('o.path', 2);
    const rows: {
      id: string;
      organization_id: string;
      release_id: string;
      social_account_id: string;
      platform: Platform;
      state: PostState;
      version: number;
      publish_at: Date | null;
      timezone: string;
      approval_policy: string;
      release_status: string;
      account_status: string;
      handle: string;
      posting_slots: string[];
      has_media: boolean;
    }[] = await m.query(
      `SELECT p.id, p.organization_id, p.release_id, p.social_account_id, p.platform, p.state, p.version, p.publish_at,
              o.timezone, o.approval_policy, r.status AS release_status, s.status AS account_status, s.handle,
              s.posting_slots, jsonb_array_length(COALESCE(p.content->'media', '[]'::jsonb)) > 0 AS has_media
         FROM posts p JOIN organizations o ON o.id = p.organization_id JOIN releases r ON r.id = p.release_id
         JOIN social_accounts s ON s.id = p.social_account_id
        WHERE ${'releaseId' in where ? 'p.release_id' : 'p.id'} = $1 AND ${s.clause}
        ORDER BY array_position(ARRAY['x', 'facebook', 'instagram'], p.platform), s.handle, p.id
        FOR UPDATE OF p`,
      ['releaseId' in where ? where.releaseId : where.postId, ...s.params],
    );
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      releaseId: r.release_id,
      socialAccountId: r.social_account_id,
      platform: r.platform,
      state: r.state,
      version: r.version,
      publishAt: r.publish_at,
      zone: r.timezone,
      approvalPolicy: r.approval_policy,
      releaseStatus: r.release_status,
      accountStatus: r.account_status,
      handle: r.handle,
      postingSlots: r.posting_slots ?? [],
      hasMedia: r.has_media,
    }));
  }

  /** Times an account already posts at around a window (for "next free slot"). */
  async takenTimes(
    m: EntityManager,
    socialAccountId: string,
    from: Date,
    exceptPostId: string,
  ): Promise<Date[]> {
    const rows: { publish_at: Date }[] = await m.query(
      `SELECT publish_at FROM posts
        WHERE social_account_id = $1 AND id <> $3 AND publish_at >= $2 AND publish_at < $2::timestamptz + interval '32 days'
          AND state NOT IN ('draft', 'cancelled', 'failed')`,
      [socialAccountId, from, exceptPostId],
    );
    return rows.map((r) => r.publish_at);
  }
}

function toView(r: ViewRow): PostView {
  const zone = r.publish_zone ?? r.timezone;
  return {
    id: r.id,
    releaseId: r.release_id,
    releaseTitle: r.title,
    organizationId: r.organization_id,
    socialAccountId: r.social_account_id,
    account: { handle: r.handle, displayName: r.display_name, status: r.account_status },
    platform: r.platform,
    state: r.state,
    version: r.version,
    publishAt: isoInZone(r.publish_at, zone),
    publishZone: zone,
    publishedAt: isoInZone(r.published_at, zone),
    platformPostId: r.platform_post_id,
    permalink: r.permalink,
    childIds: r.child_ids ?? [],
    attemptCount: r.attempt_count,
    lastError: r.last_error_class ? { class: r.last_error_class, message: r.last_error_message } : null,
    actions: actionsFrom(r.state),
    content: publicContent(r.content),
  };
}

/** What the post sends; the composer's notes stay with the draft's report, not the post. */
function publicContent(content: Record<string, unknown>): Record<string, unknown> {
  const { notes: _notes, ...rest } = content;
  return rest;
}
