import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { queryKeys } from '@web/lib/query-keys';
import type { CalendarItem, CalendarPage } from './types';

/** The calendar's largest page (a six-week month view of a busy Kanwil is one answer). */
const PAGE_SIZE = 5000;
/** A month view spans six weeks at most; stop well after that however many posts there are. */
const MAX_PAGES = 50;

export interface CalendarRange {
  /** ISO instants with offset, [from, to). */
  from: string;
  to: string;
}

/** Every post of the node's subtree in the visible range, all pages of it. */
export async function fetchCalendar(nodeId: string, range: CalendarRange): Promise<CalendarItem[]> {
  const items: CalendarItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = (await unwrap(
      api.GET('/api/v1/calendar', {
        params: {
          query: { from: range.from, to: range.to, organizationId: nodeId, limit: PAGE_SIZE, cursor },
        },
      }),
    )) as unknown as CalendarPage;
    items.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return items;
}

export function useCalendar(nodeId: string, range: CalendarRange | null) {
  return useQuery({
    queryKey: queryKeys.calendar({ nodeId, ...range }),
    enabled: !!range,
    queryFn: () => fetchCalendar(nodeId, range!),
    // Moving to the next month keeps this month's posts on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });
}
