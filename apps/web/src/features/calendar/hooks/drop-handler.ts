import { ApiError } from '@web/lib/api/client';
import type { CalendarItem } from '../api/types';
import type { RescheduleInput } from '../api/use-reschedule-post';

/** What FullCalendar hands to eventDrop, reduced to what the handler needs (testable without it). */
export interface DropInfo {
  item: CalendarItem;
  /** The new start as ISO 8601 with the unit's offset (FullCalendar's startStr), or null. */
  newStart: string | null;
  revert(): void;
}

export interface DropDeps {
  reschedule(input: RescheduleInput): Promise<unknown>;
  /** Tells the person what happened (the api's own message on failure). */
  notify(kind: 'success' | 'error', message: string): void;
  messages: { moved(iso: string): string; failed: string; notDraggable: string };
}

/**
 * A dragged post is rescheduled through the api with the version the calendar read. Whatever the
 * api refuses (409 moved meanwhile, 403 no right, 422 too late / not approved, or anything else),
 * the event goes back where it was and the person reads the api's reason.
 */
export async function handleDrop(info: DropInfo, deps: DropDeps): Promise<boolean> {
  if (info.item.state !== 'scheduled' || !info.newStart) {
    info.revert();
    deps.notify('error', deps.messages.notDraggable);
    return false;
  }
  try {
    await deps.reschedule({
      postId: info.item.id,
      version: info.item.version,
      publishAt: info.newStart,
    });
    deps.notify('success', deps.messages.moved(info.newStart));
    return true;
  } catch (e) {
    info.revert();
    deps.notify('error', e instanceof ApiError ? e.message : deps.messages.failed);
    return false;
  }
}
