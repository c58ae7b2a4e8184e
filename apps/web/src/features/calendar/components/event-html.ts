import type { CalendarItem } from '../api/types';
import type { StateGroup } from './calendar-events';

// Events are drawn as plain markup, not React: a busy month has thousands, and a React root per
// event (FullCalendar's custom content) costs seconds. Icon paths are Tabler's (MIT), decorative.
const svg = (paths: string) =>
  `<svg class="warta-event-icon" aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

const PLATFORM_SVG: Record<CalendarItem['platform'], string> = {
  x: svg(
    '<path d="M4 4l11.733 16h4.267l-11.733 -16z"/><path d="M4 20l6.768 -6.768m2.46 -2.46l6.772 -6.772"/>',
  ),
  facebook: svg('<path d="M7 10v4h3v7h4v-7h3l1 -4h-4v-2a1 1 0 0 1 1 -1h3v-4h-3a5 5 0 0 0 -5 5v2h-3"/>'),
  instagram: svg(
    '<path d="M4 8a4 4 0 0 1 4 -4h8a4 4 0 0 1 4 4v8a4 4 0 0 1 -4 4h-8a4 4 0 0 1 -4 -4z"/><path d="M9 12a3 3 0 1 0 6 0a3 3 0 0 0 -6 0"/><path d="M16.5 7.5v.01"/>',
  ),
};

const GROUP_SVG: Record<StateGroup, string> = {
  draft: svg('<path d="M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4"/>'),
  scheduled: svg('<path d="M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0"/><path d="M12 7v5l3 3"/>'),
  in_progress: svg('<path d="M12 3a9 9 0 1 0 9 9"/>'),
  published: svg('<path d="M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0"/><path d="M9 12l2 2l4 -4"/>'),
  attention: svg(
    '<path d="M12 9v4"/><path d="M10.363 3.591l-8.106 13.534a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636 -2.87l-8.106 -13.536a1.914 1.914 0 0 0 -3.274 0z"/><path d="M12 16h.01"/>',
  ),
  failed: svg('<path d="M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0"/><path d="M10 10l4 4m0 -4l-4 4"/>'),
  cancelled: svg('<path d="M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0"/><path d="M5.7 5.7l12.6 12.6"/>'),
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The event's body: state shape, platform mark, time, title, and the words a reader hears. */
export function eventHtml(item: CalendarItem, group: StateGroup, timeText: string, detail: string): string {
  return (
    `<span class="warta-event-body">${GROUP_SVG[group]}${PLATFORM_SVG[item.platform]}` +
    (timeText ? `<b>${escapeHtml(timeText)}</b>` : '') +
    `<span class="warta-event-title">${escapeHtml(item.releaseTitle)}</span>` +
    `<span class="warta-visually-hidden">, ${escapeHtml(detail)}</span></span>`
  );
}

/** The month view's "+N lainnya" link to the day's list. */
export function moreHtml(text: string): string {
  return `<span class="warta-event-body warta-more-link">${escapeHtml(text)}</span>`;
}
