/** The calendar's api types, named once, from the api's own OpenAPI document. */
import type { components } from '@web/lib/api/schema';

type S = components['schemas'];

export type Platform = S['Platform'];
export type PostState = S['PostState'];
/** One post on the time axis (GET /api/v1/calendar items). */
export type CalendarItem = S['CalendarItemView'];
export type CalendarPage = S['CalendarPage'];
/** The post as POST /api/v1/posts/:id/schedule answers (the calendar reads id, state, version, publishAt). */
export type ScheduledPost = S['PostView'];
