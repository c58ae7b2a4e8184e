import { Injectable } from '@nestjs/common';
import { Actor, DomainError, isKnownZone } from '@warta/core';
import { Page, Platform } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { PostState } from './post-state';
import { PostsListFilter, PostsListRepository, PostsListRow } from './posts-list.repository';
import { isoInZone } from './publish-time';

export interface PostListItem {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organization: { id: string; name: string; timezone: string };
  account: { id: string; platform: Platform; handle: string; displayName: string };
  platform: Platform;
  state: PostState;
  version: number;
  /** With the offset of the zone it was scheduled in (else its node's). */
  publishAt: string | null;
  publishedAt: string | null;
  permalink: string | null;
  excerpt: string;
  lastError: { class: string; message: string | null } | null;
}

// Outside these years a timestamp is a typo, and Postgres would refuse some of them.
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/**
 * The posts of the caller's subtree(s), or of one node's subtree, newest publish time first (a
 * draft without one sits at when it was drafted): "my unit's posts", "what failed this week".
 */
@Injectable()
export class ListPosts {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly posts: PostsListRepository,
  ) {}

  async execute(actor: Actor, input: PostsListFilter): Promise<Page<PostListItem>> {
    checkRange(input.from, input.to);
    // A node the caller cannot see does not exist for them (404), rather than an empty list.
    if (input.organizationId)
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.ReleaseRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead);
    const page = await this.posts.listInScope(scope, input);
    return { items: page.items.map(toItem), nextCursor: page.nextCursor };
  }
}

function checkRange(from: Date | undefined, to: Date | undefined): void {
  const bad = (d: Date | undefined) =>
    d !== undefined &&
    (Number.isNaN(d.getTime()) || d.getUTCFullYear() < MIN_YEAR || d.getUTCFullYear() > MAX_YEAR);
  if (bad(from) || bad(to) || (from && to && to.getTime() <= from.getTime())) {
    throw new DomainError('CALENDAR_RANGE_INVALID', { minYear: MIN_YEAR, maxYear: MAX_YEAR });
  }
}

function zoneOf(r: PostsListRow): string {
  for (const zone of [r.publishZone, r.organizationTimezone]) {
    if (zone && isKnownZone(zone)) return zone;
  }
  return 'UTC';
}

function toItem(r: PostsListRow): PostListItem {
  const zone = zoneOf(r);
  return {
    id: r.id,
    releaseId: r.releaseId,
    releaseTitle: r.releaseTitle,
    organization: { id: r.organizationId, name: r.organizationName, timezone: r.organizationTimezone },
    account: {
      id: r.socialAccountId,
      platform: r.accountPlatform,
      handle: r.accountHandle,
      displayName: r.accountDisplayName,
    },
    platform: r.platform,
    state: r.state,
    version: r.version,
    publishAt: isoInZone(r.publishAt, zone),
    publishedAt: isoInZone(r.publishedAt, zone),
    permalink: r.permalink,
    excerpt: r.excerpt,
    lastError:
      r.lastErrorClass || r.lastErrorMessage
        ? { class: r.lastErrorClass ?? 'unknown', message: r.lastErrorMessage }
        : null,
  };
}
