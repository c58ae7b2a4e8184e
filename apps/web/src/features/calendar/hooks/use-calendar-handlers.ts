import type { DatesSetArg, EventClickArg, EventContentArg, EventDropArg } from '@fullcalendar/core';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CalendarItem } from '../api/types';
import type { EventProps, MoreProps } from '../components/calendar-events';
import { eventHtml, moreHtml } from '../components/event-html';

export interface CalendarHandlerProps {
  /** Show each post's unit (a Kanwil sees its units' posts). */
  showUnit: boolean;
  onRangeChange(range: { from: string; to: string }): void;
  onDrop(item: CalendarItem, newStart: string | null, revert: () => void): void;
  /** The view FullCalendar now shows (month, week, list). */
  onViewChange(view: string): void;
}

/**
 * FullCalendar's callbacks: draw a post (or "+N lainnya"), follow the range and view, open a post
 * or a busy day's list, drop a post. Each keeps its identity across renders: a new function makes
 * FullCalendar redraw every event. What changes (words, the unit column, callbacks) is read from a ref.
 */
export function useCalendarHandlers({ showUnit, onRangeChange, onDrop, onViewChange }: CalendarHandlerProps) {
  const { t } = useTranslation(['calendar', 'common']);
  const navigate = useNavigate();
  const latest = useRef({ t, showUnit, onRangeChange, onDrop, onViewChange, navigate });
  latest.current = { t, showUnit, onRangeChange, onDrop, onViewChange, navigate };

  const eventDetail = useCallback((item: CalendarItem) => {
    const { t: tr, showUnit: unit } = latest.current;
    return tr('event.detail', {
      platform: tr(`common:platform.${item.platform}`),
      account: item.account.displayName,
      state: tr(`common:state.${item.state}`),
      unit: unit ? item.organizationName : '',
    }).trim();
  }, []);

  const renderEvent = useCallback(
    (arg: EventContentArg) => {
      const more = (arg.event.extendedProps as Partial<MoreProps>).more;
      if (more) return { html: moreHtml(latest.current.t('toolbar.more', { count: more })) };
      const { item, group } = arg.event.extendedProps as EventProps;
      return { html: eventHtml(item, group, arg.timeText, eventDetail(item)) };
    },
    [eventDetail],
  );
  const datesSet = useCallback((arg: DatesSetArg) => {
    latest.current.onViewChange(arg.view.type);
    latest.current.onRangeChange({ from: arg.startStr, to: arg.endStr });
  }, []);
  const eventClick = useCallback((arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    const more = arg.event.extendedProps as Partial<MoreProps>;
    if (more.date) arg.view.calendar.changeView('listDay', more.date);
    else if (arg.event.url) void latest.current.navigate(arg.event.url);
  }, []);
  const eventDrop = useCallback((arg: EventDropArg) => {
    const { item } = arg.event.extendedProps as EventProps;
    latest.current.onDrop(item, arg.event.startStr || null, arg.revert);
  }, []);

  return { renderEvent, datesSet, eventClick, eventDrop };
}
