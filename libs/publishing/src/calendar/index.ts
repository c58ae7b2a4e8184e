export type { CalendarFilter, CalendarEntry } from './calendar.repository';
export * from './list-calendar.use-case';
