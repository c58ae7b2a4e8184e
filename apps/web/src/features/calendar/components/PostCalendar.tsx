import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useMemo, useState } from 'react';
import type { CalendarItem } from '../api/types';
import { useCalendarHandlers } from '../hooks/use-calendar-handlers';
import { useCalendarLocale } from '../hooks/use-calendar-locale';
import { monthEvents, toEvent } from './calendar-events';
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
  const [view, setView] = useState('dayGridMonth');
  const events = useMemo(
    () =>
      view === 'dayGridMonth'
        ? monthEvents(items, { canSchedule, zone: timeZone })
        : items.map((item) => toEvent(item, { canSchedule })),
    [items, canSchedule, view, timeZone],
  );
  const locale = useCalendarLocale();
  const { renderEvent, datesSet, eventClick, eventDrop } = useCalendarHandlers({
    showUnit,
    onRangeChange,
    onDrop,
    onViewChange: setView,
  });

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
