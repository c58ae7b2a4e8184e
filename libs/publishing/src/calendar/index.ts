export * from './calendar.repository';
export * from './list-calendar.use-case';
