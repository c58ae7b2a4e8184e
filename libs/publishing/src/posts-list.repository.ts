import { Inject, Injectable } from '@nestjs/common';
import { AccessScope, Page, pageOf, Platform, ScopedWhere } from '@warta/database';
import { DataSource } from 'typeorm';
import { PostState } from './post-state';

export interface PostsListFilter {
  /** Posts of this node and every node below it. */
  organizationId?: string;
  states?: PostState[];
  platform?: Platform;
  releaseId?: string;
  socialAccountId?: string;
  /** On publish_at: inclusive. */
  from?: Date;
  /** On publish_at: exclusive. */
  to?: Date;
  limit: number;
  cursor?: string;
}

export interface PostsListRow {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  organizationName: string;
  organizationTimezone: string;
  socialAccountId: string;
  accountPlatform: Platform;
  accountHandle: string;
  accountDisplayName: string;
  platform: Platform;
  state: PostState;
  version: number;
  publishAt: Date | null;
  publishZone: string | null;
  publishedAt: Date | null;
  permalink: string | null;
  excerpt: string;
  lastErrorClass: string | null;
  lastErrorMessage: string | null;
}

interface Row {
  id: string;
  release_id: string;
  title: string;
  organization_id: string;
  organization_name: string;
  timezone: string;
  social_account_id: string;
  account_platform: Platform;
  handle: string;
  display_name: string;
  platform: Platform;
  state: PostState;
  version: number;
  publish_at: Date | null;
  publish_zone: string | null;
  published_at: Date | null;
  permalink: string | null;
  excerpt: string | null;
  last_error_class: string | null;
  last_error_message: string | null;
  sort_at: string;
}

/** Characters of a post's text a list shows. */
export const POST_EXCERPT_LENGTH = 200;

/** Where a post sits in the list: its publish time, or when it was drafted while it has none. */
const SORT_AT = 'COALESCE(p.publish_at, p.created_at)';

/** posts read as a list (newest publish time first), always scoped to the caller's subtree(s). */
@Injectable()
export class PostsListRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async listInScope(scope: AccessScope, f: PostsListFilter): Promise<Page<PostsListRow>> {
    const where = new ScopedWhere(scope, 'o.path')
      .and("o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = ?)", f.organizationId)
      .and('p.state = ANY(?::text[])', f.states?.length ? f.states : undefined)
      .and('p.platform = ?', f.platform)
      .and('p.release_id = ?', f.releaseId)
      .and('p.social_account_id = ?', f.socialAccountId)
      .and('p.publish_at >= ?', f.from)
      .and('p.publish_at < ?', f.to)
      .afterCursor(f.cursor, { at: SORT_AT, id: 'p.id', idType: 'uuid' }, 'desc');
    const limit = where.param(f.limit + 1);
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.id, p.release_id, r.title, p.organization_id, o.name AS organization_name, o.timezone,
              p.social_account_id, s.platform AS account_platform, s.handle, s.display_name, p.platform,
              p.state, p.version, p.publish_at, p.publish_zone, p.published_at, p.permalink,
              left(p.content->>'text', ${POST_EXCERPT_LENGTH}) AS excerpt, p.last_error_class, p.last_error_message,
              -- Microseconds kept: a cursor rounded to milliseconds would skip or repeat rows.
              to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_at
         FROM posts p
         JOIN organizations o ON o.id = p.organization_id
         JOIN releases r ON r.id = p.release_id
         JOIN social_accounts s ON s.id = p.social_account_id
        WHERE ${where.sql}
        ORDER BY ${SORT_AT} DESC, p.id DESC
        LIMIT ${limit}`,
      where.params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.sort_at, id: r.id }));
    return { items: page.items.map(toRow), nextCursor: page.nextCursor };
  }
}

function toRow(r: Row): PostsListRow {
  return {
    id: r.id,
    releaseId: r.release_id,
    releaseTitle: r.title,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    organizationTimezone: r.timezone,
    socialAccountId: r.social_account_id,
    accountPlatform: r.account_platform,
    accountHandle: r.handle,
    accountDisplayName: r.display_name,
    platform: r.platform,
    state: r.state,
    version: r.version,
    publishAt: r.publish_at,
    publishZone: r.publish_zone,
    publishedAt: r.published_at,
    permalink: r.permalink,
    excerpt: r.excerpt ?? '',
    lastErrorClass: r.last_error_class,
    lastErrorMessage: r.last_error_message,
  };
}
