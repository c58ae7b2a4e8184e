import type {
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  LocaleInput,
} from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import idLocale from '@fullcalendar/core/locales/id';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CalendarItem } from '../api/types';
import { monthEvents, toEvent, type EventProps, type MoreProps } from './calendar-events';
import { eventHtml, moreHtml } from './event-html';
import { unitZonePlugin } from './zone-plugin';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, unitZonePlugin];
const TOOLBAR = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listWeek' };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

export interface PostCalendarProps {
  items: CalendarItem[];
  timeZone: string;
  /** Whether the reader may move scheduled posts. */
  canSchedule: boolean;
  /** Show each post's unit (a Kanwil sees its units' posts). */
  showUnit: boolean;
  onRangeChange(range: { from: string; to: string }): void;
  /** A post was dragged to `newStart` (ISO with offset); call revert() if the api refuses. */
  onDrop(item: CalendarItem, newStart: string | null, revert: () => void): void;
}

/** FullCalendar with the app's policy: the unit's zone, our words, links to posts, drag to reschedule. */
export function PostCalendar({
  items,
  timeZone,
  canSchedule,
  showUnit,
  onRangeChange,
  onDrop,
}: PostCalendarProps) {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  const navigate = useNavigate();
  const [view, setView] = useState('dayGridMonth');
  const events = useMemo(
    () =>
      view === 'dayGridMonth'
        ? monthEvents(items, { canSchedule, zone: timeZone })
        : items.map((item) => toEvent(item, { canSchedule })),
    [items, canSchedule, view, timeZone],
  );
  const locale = useMemo<LocaleInput>(() => {
    const base = i18n.language === 'en' ? enGbLocale : idLocale;
    return {
      ...base,
      buttonText: {
        ...base.buttonText,
        today: t('toolbar.today'),
        month: t('toolbar.month'),
        week: t('toolbar.week'),
        list: t('toolbar.list'),
        prev: t('toolbar.prev'),
        next: t('toolbar.next'),
      },
      buttonHints: {
        prev: t('toolbar.prevHint'),
        next: t('toolbar.nextHint'),
        today: t('toolbar.todayHint'),
      },
      viewHint: t('toolbar.viewHint'),
      navLinkHint: t('toolbar.navLinkHint'),
      moreLinkText: (n: number) => t('toolbar.more', { count: n }),
      moreLinkHint: (n: number) => t('toolbar.moreHint', { count: n }),
      noEventsText: t('empty'),
      closeHint: t('common:action.close'),
      timeHint: t('toolbar.timeHint'),
      eventHint: t('toolbar.eventHint'),
    };
  }, [i18n.language, t]);

  // Every option FullCalendar receives keeps its identity across renders: a new function or object
  // makes it redraw every event. What changes (words, the unit column, callbacks) is read from refs.
  const latest = useRef({ t, showUnit, onRangeChange, onDrop, navigate });
  latest.current = { t, showUnit, onRangeChange, onDrop, navigate };

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
    setView(arg.view.type);
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

  return (
    <div className="warta-calendar">
      <FullCalendar
        plugins={PLUGINS}
        timeZone={timeZone}
        locale={locale}
        initialView="dayGridMonth"
        // Text buttons: FullCalendar's chevron icons are role="img" without a name (axe: role-img-alt).
        buttonIcons={false}
        // FullCalendar names each day cell by its date only, while the cell also holds the posts: axe
        // (label-content-name-mismatch) flags that, and a reader hears the date from its link anyway.
        dayCellDidMount={(arg) => arg.el.removeAttribute('aria-labelledby')}
        headerToolbar={TOOLBAR}
        height="auto"
        events={events}
        eventDisplay="block"
        // A busy month (2,000 posts) draws four per day and a "+N lainnya" link: the height is
        // "auto", so `true` (fit the cell) would draw them all.
        dayMaxEvents={4}
        eventMaxStack={3}
        firstDay={1}
        nowIndicator
        eventInteractive
        eventTimeFormat={TIME_FORMAT}
        slotLabelFormat={TIME_FORMAT}
        editable={canSchedule}
        eventDurationEditable={false}
        snapDuration="00:15"
        // A post is an instant; an hour-long block keeps it readable in the week view.
        defaultTimedEventDuration="00:30"
        datesSet={datesSet}
        eventContent={renderEvent}
        eventClick={eventClick}
        eventDrop={eventDrop}
      />
    </div>
  );
}
