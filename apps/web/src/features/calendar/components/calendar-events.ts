import type { EventInput } from '@fullcalendar/core';
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
  published: { background: '#2b8a3e', text: '#ffffff', mantine: 'green' },
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
