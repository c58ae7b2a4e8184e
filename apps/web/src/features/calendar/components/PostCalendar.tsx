import type {
  CustomContentGenerator,
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventMountArg,
  LocaleInput,
} from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import idLocale from '@fullcalendar/core/locales/id';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CalendarItem } from '../api/types';
import { toEvent, type EventProps } from './calendar-events';
import { PlatformIcon } from './PlatformIcon';
import { StateGlyph } from './StateGlyph';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, luxonPlugin];

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
  const events = useMemo(() => items.map((item) => toEvent(item, { canSchedule })), [items, canSchedule]);
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

  const renderEvent: CustomContentGenerator<EventContentArg> = (arg) => {
    const { item, group } = arg.event.extendedProps as EventProps;
    return (
      <span className="warta-event-body">
        <StateGlyph group={group} />
        <PlatformIcon platform={item.platform} size={12} />
        {arg.timeText ? <b>{arg.timeText}</b> : null}
        <span className="warta-event-title">{item.releaseTitle}</span>
        <VisuallyHidden>{eventDetail(item)}</VisuallyHidden>
      </span>
    );
  };

  const eventDetail = (item: CalendarItem) =>
    t('event.detail', {
      platform: t(`common:platform.${item.platform}`),
      account: item.account.displayName,
      state: t(`common:state.${item.state}`),
      unit: showUnit ? item.organizationName : '',
    });

  return (
    <div className="warta-calendar">
      <FullCalendar
        plugins={PLUGINS}
        timeZone={timeZone}
        locale={locale}
        initialView="dayGridMonth"
        headerToolbar={{
          left: 'prev,next today',
          center: 'title',
          right: 'dayGridMonth,timeGridWeek,listWeek',
        }}
        height="auto"
        events={events}
        eventDisplay="block"
        dayMaxEvents
        firstDay={1}
        nowIndicator
        eventInteractive
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        editable={canSchedule}
        eventDurationEditable={false}
        snapDuration="00:15"
        // A post is an instant; an hour-long block keeps it readable in the week view.
        defaultTimedEventDuration="00:30"
        datesSet={(arg: DatesSetArg) => onRangeChange({ from: arg.startStr, to: arg.endStr })}
        eventContent={renderEvent}
        eventDidMount={(arg: EventMountArg) => {
          const { item } = arg.event.extendedProps as EventProps;
          arg.el.setAttribute('title', `${item.releaseTitle} — ${eventDetail(item)}`);
        }}
        eventClick={(arg: EventClickArg) => {
          arg.jsEvent.preventDefault();
          if (arg.event.url) void navigate(arg.event.url);
        }}
        eventDrop={(arg: EventDropArg) => {
          const { item } = arg.event.extendedProps as EventProps;
          onDrop(item, arg.event.startStr || null, arg.revert);
        }}
      />
    </div>
  );
}
