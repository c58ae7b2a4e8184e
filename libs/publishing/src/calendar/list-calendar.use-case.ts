import { Injectable } from '@nestjs/common';
import { Actor, DomainError, isKnownZone, Platform, zonedIso } from '@warta/core';
import { Page } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { PostState } from '../post-state';
import { CalendarEntry, CalendarRepository } from './calendar.repository';

/** The longest range one request may list: a quarter, so a "3 months" view is one call. */
export const CALENDAR_MAX_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;
// Outside these years a timestamp is a typo, and Postgres would refuse some of them.
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

export interface ListCalendarInput {
  from: Date;
  to: Date;
  organizationId?: string;
  platform?: Platform;
  states?: PostState[];
  limit: number;
  cursor?: string;
}

export interface CalendarItem {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  organizationName: string;
  socialAccountId: string;
  account: { handle: string; displayName: string };
  platform: Platform;
  state: PostState;
  version: number;
  /** The zone the times below are written in: the post's own, else its node's. */
  zone: string;
  /** Where the item sits on the calendar: publishedAt once published, publishAt otherwise. */
  at: string;
  publishAt: string | null;
  publishedAt: string | null;
  permalink: string | null;
  lastError: { class: string; message: string | null } | null;
}

/**
 * Posts on a time axis for the calendar: those whose publish_at (published_at once published) falls
 * in [from, to), inside the caller's subtree(s), in time order. Times are written with the offset of
 * the zone the post was scheduled in (or its node's), so "08:00 WIB" reads as 08:00+07:00.
 */
@Injectable()
export class ListCalendar {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly calendar: CalendarRepository,
  ) {}

  async execute(actor: Actor, input: ListCalendarInput): Promise<Page<CalendarItem>> {
    checkRange(input.from, input.to);
    // A node the caller cannot see does not exist for them (404), rather than an empty calendar.
    if (input.organizationId)
      await this.scopes.requireNode(actor.userId, input.organizationId, Permission.ReleaseRead);
    const scope = await this.scopes.scopeFor(actor.userId, Permission.ReleaseRead);
    const page = await this.calendar.listInScope(scope, input);
    return { items: page.items.map(toItem), nextCursor: page.nextCursor };
  }
}

function checkRange(from: Date, to: Date): void {
  const year = (d: Date) => d.getUTCFullYear();
  if (
    Number.isNaN(from.getTime()) ||
    Number.isNaN(to.getTime()) ||
    [from, to].some((d) => year(d) < MIN_YEAR || year(d) > MAX_YEAR) ||
    to.getTime() <= from.getTime()
  ) {
    throw new DomainError('CALENDAR_RANGE_INVALID', { minYear: MIN_YEAR, maxYear: MAX_YEAR });
  }
  if (to.getTime() - from.getTime() > CALENDAR_MAX_DAYS * DAY_MS) {
    throw new DomainError('CALENDAR_RANGE_TOO_LONG', {
      days: Math.ceil((to.getTime() - from.getTime()) / DAY_MS),
      max: CALENDAR_MAX_DAYS,
    });
  }
}

/** The post's own zone when it kept one and it is a real zone, else its node's, else UTC. */
function zoneOf(e: CalendarEntry): string {
  for (const zone of [e.publishZone, e.organizationTimezone]) {
    if (zone && isKnownZone(zone)) return zone;
  }
  return 'UTC';
}

function iso(d: Date | null, zone: string): string | null {
  return d ? zonedIso(d, zone) : null;
}

function toItem(e: CalendarEntry): CalendarItem {
  const zone = zoneOf(e);
  return {
    id: e.id,
    releaseId: e.releaseId,
    releaseTitle: e.releaseTitle,
    organizationId: e.organizationId,
    organizationName: e.organizationName,
    socialAccountId: e.socialAccountId,
    account: { handle: e.accountHandle, displayName: e.accountDisplayName },
    platform: e.platform,
    state: e.state,
    version: e.version,
    zone,
    at: iso(e.at, zone)!,
    publishAt: iso(e.publishAt, zone),
    publishedAt: iso(e.publishedAt, zone),
    permalink: e.permalink,
    lastError:
      e.lastErrorClass || e.lastErrorMessage
        ? { class: e.lastErrorClass ?? 'unknown', message: e.lastErrorMessage }
        : null,
  };
}
