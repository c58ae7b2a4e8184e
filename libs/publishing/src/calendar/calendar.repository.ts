import { Inject, Injectable } from '@nestjs/common';
import { Platform } from '@warta/core';
import { AccessScope, pageOf, Page, ScopedWhere } from '@warta/database';
import { DataSource } from 'typeorm';
import { PostState } from '../post-state';

export interface CalendarFilter {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Posts of this node and every node below it. */
  organizationId?: string;
  platform?: Platform;
  states?: PostState[];
  limit: number;
  cursor?: string;
}

export interface CalendarEntry {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  organizationName: string;
  /** The node's IANA zone (used when the post kept no zone of its own). */
  organizationTimezone: string;
  socialAccountId: string;
  accountHandle: string;
  accountDisplayName: string;
  platform: Platform;
  state: PostState;
  version: number;
  /** Where the post sits on the calendar: published_at once published, publish_at otherwise. */
  at: Date;
  publishAt: Date | null;
  /** The zone its local time was chosen in, when it was scheduled. */
  publishZone: string | null;
  publishedAt: Date | null;
  permalink: string | null;
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
  handle: string;
  display_name: string;
  platform: Platform;
  state: PostState;
  version: number;
  at: Date;
  publish_at: Date | null;
  publish_zone: string | null;
  published_at: Date | null;
  permalink: string | null;
  last_error_class: string | null;
  last_error_message: string | null;
}

/** The calendar time of a post: when it went out once published, when it is meant to go out otherwise. */
const AT = `(CASE WHEN p.state = 'published' THEN COALESCE(p.published_at, p.publish_at) ELSE p.publish_at END)`;

/**
 * `AT` in [from, to) written so that the planner can use the publish_at and the published_at indexes
 * (a BitmapOr of two range scans) instead of evaluating AT on every row in scope. `?` is [from, to].
 */
const IN_RANGE = `((p.publish_at >= (?::timestamptz[])[1] AND p.publish_at < (?::timestamptz[])[2]
     AND (p.state <> 'published' OR p.published_at IS NULL))
  OR (p.state = 'published' AND p.published_at >= (?::timestamptz[])[1] AND p.published_at < (?::timestamptz[])[2]))`;

/** posts on a time axis, read for the calendar. Always scoped to the caller's subtree(s). */
@Injectable()
export class CalendarRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async listInScope(scope: AccessScope, f: CalendarFilter): Promise<Page<CalendarEntry>> {
    const where = new ScopedWhere(scope, 'o.path')
      .and(IN_RANGE, [f.from, f.to])
      .and("o.path LIKE (SELECT u.path || '%' FROM organizations u WHERE u.id = ?)", f.organizationId)
      .and('p.platform = ?', f.platform)
      .and('p.state = ANY(?::text[])', f.states?.length ? f.states : undefined)
      .afterCursor(f.cursor, { at: AT, id: 'p.id', idType: 'uuid' });
    const limit = where.param(f.limit + 1);
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.id, p.release_id, r.title, p.organization_id, o.name AS organization_name, o.timezone,
              p.social_account_id, s.handle, s.display_name, p.platform, p.state, p.version, ${AT} AS at,
              p.publish_at, p.publish_zone, p.published_at, p.permalink, p.last_error_class, p.last_error_message
         FROM posts p
         JOIN organizations o ON o.id = p.organization_id
         JOIN releases r ON r.id = p.release_id
         JOIN social_accounts s ON s.id = p.social_account_id
        WHERE ${where.sql}
        ORDER BY ${AT}, p.id
        LIMIT ${limit}`,
      where.params,
    );
    const page = pageOf(rows, f.limit, (r) => ({ at: r.at.toISOString(), id: r.id }));
    return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
  }
}

function toEntry(r: Row): CalendarEntry {
  return {
    id: r.id,
    releaseId: r.release_id,
    releaseTitle: r.title,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    organizationTimezone: r.timezone,
    socialAccountId: r.social_account_id,
    accountHandle: r.handle,
    accountDisplayName: r.display_name,
    platform: r.platform,
    state: r.state,
    version: r.version,
    at: r.at,
    publishAt: r.publish_at,
    publishZone: r.publish_zone,
    publishedAt: r.published_at,
    permalink: r.permalink,
    lastErrorClass: r.last_error_class,
    lastErrorMessage: r.last_error_message,
  };
}
