import type { EventInput } from '@fullcalendar/core';
import { dayInZone } from '@web/lib/dates';
import type { CalendarItem, PostState } from '../api/types';

/**
 * How a post's state reads on the calendar: a group with its own colour, icon and legend line, so
 * the colour never carries the meaning alone (the legend names it, the event's label says it).
 */
export type StateGroup =
  'draft' | 'scheduled' | 'in_progress' | 'published' | 'attention' | 'failed' | 'cancelled';

export const STATE_GROUP: Record<PostState, StateGroup> = {
  draft: 'draft',
  scheduled: 'scheduled',
  queued: 'in_progress',
  preparing: 'in_progress',
  ready: 'in_progress',
  sending: 'in_progress',
  published: 'published',
  retry_wait: 'attention',
  unknown: 'attention',
  reconciling: 'attention',
  needs_review: 'attention',
  failed: 'failed',
  cancelled: 'cancelled',
};

/**
 * Background and text of each group: the hues of the shared StateBadge (STATE_COLORS), in Mantine
 * palette shades whose text keeps at least 4.5:1 contrast.
 */
export const GROUP_COLORS: Record<StateGroup, { background: string; text: string; mantine: string }> = {
  draft: { background: '#e9ecef', text: '#212529', mantine: 'gray' },
  scheduled: { background: '#1864ab', text: '#ffffff', mantine: 'blue' },
  in_progress: { background: '#0b7285', text: '#ffffff', mantine: 'cyan' },
  published: { background: '#2b6d36', text: '#ffffff', mantine: 'green' },
  attention: { background: '#ffd8a8', text: '#212529', mantine: 'orange' },
  failed: { background: '#c92a2a', text: '#ffffff', mantine: 'red' },
  cancelled: { background: '#f1f3f5', text: '#495057', mantine: 'gray' },
};

/** The legend's order: what is coming, what is out, what needs a person. */
export const LEGEND: StateGroup[] = [
  'scheduled',
  'in_progress',
  'published',
  'attention',
  'failed',
  'cancelled',
  'draft',
];

export interface EventProps {
  item: CalendarItem;
  group: StateGroup;
}

/**
 * A post as a FullCalendar event: a link to the post, coloured by its state group, draggable only
 * while it waits SCHEDULED (a queued post is already on its way) and only for someone who may
 * schedule.
 */
export function toEvent(item: CalendarItem, opts: { canSchedule: boolean }): EventInput {
  const group = STATE_GROUP[item.state];
  const colors = GROUP_COLORS[group];
  return {
    id: item.id,
    title: item.releaseTitle,
    start: item.at,
    allDay: false,
    url: `/posts/${item.id}`,
    backgroundColor: colors.background,
    borderColor: colors.background,
    textColor: colors.text,
    classNames: [`warta-event`, `warta-event--${group}`],
    startEditable: opts.canSchedule && isDraggable(item),
    durationEditable: false,
    extendedProps: { item, group } satisfies EventProps,
  };
}

export function isDraggable(item: CalendarItem): boolean {
  return item.state === 'scheduled';
}

/** Posts drawn per day in the month view; the rest are one "+N lainnya" link to that day's list. */
export const MONTH_PER_DAY = 3;

export interface MoreProps {
  more: number;
  /** The day, yyyy-MM-dd in the unit's zone. */
  date: string;
}

/**
 * The month view's events: the first `perDay` posts of each day (in the unit's zone) and a
 * "+N more" event for the rest, so a month of 2,000 posts draws about a hundred elements instead of
 * making FullCalendar lay out (and then hide) every one of them.
 */
export function monthEvents(
  items: CalendarItem[],
  opts: { canSchedule: boolean; zone: string; perDay?: number },
): EventInput[] {
  const perDay = opts.perDay ?? MONTH_PER_DAY;
  const byDay = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const day = dayInZone(item.at, opts.zone) ?? item.at.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(item);
    else byDay.set(day, [item]);
  }
  const out: EventInput[] = [];
  for (const [date, list] of byDay) {
    const sorted = list.length > perDay ? [...list].sort((a, b) => a.at.localeCompare(b.at)) : list;
    for (const item of sorted.slice(0, perDay)) out.push(toEvent(item, opts));
    if (list.length > perDay) {
      out.push({
        id: `more:${date}`,
        title: `+${list.length - perDay}`,
        // Last in its day: a timed event at the day's end in the calendar's (the unit's) zone.
        start: `${date}T23:58:00`,
        // Ends the same day: an event crossing midnight would be drawn first, as a multi-day one.
        end: `${date}T23:59:00`,
        allDay: false,
        startEditable: false,
        durationEditable: false,
        classNames: ['warta-more'],
        backgroundColor: 'transparent',
        borderColor: 'transparent',
        textColor: '#1864ab',
        extendedProps: { more: list.length - perDay, date } satisfies MoreProps,
      });
    }
  }
  return out;
}
