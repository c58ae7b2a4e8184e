import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { postRoots } from '@web/lib/query-keys';
import type { ScheduledPost } from './types';

export interface RescheduleInput {
  postId: string;
  /** The version the calendar read; the api answers 409 when it moved. */
  version: number;
  /** ISO instant with offset. */
  publishAt: string;
}

/** POST /posts/:id/schedule at the new time, with the version read (409 when it moved). */
export function reschedulePost(input: RescheduleInput): Promise<ScheduledPost> {
  return unwrap(
    api.POST('/api/v1/posts/{id}/schedule', {
      params: { path: { id: input.postId } },
      body: { mode: 'at', publishAt: input.publishAt, version: input.version },
    }),
  ) as unknown as Promise<ScheduledPost>;
}

/** Moves a scheduled post to another time (a new version; the api checks approval and state). */
export function useReschedulePost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: reschedulePost,
    onSettled: () => Promise.all(postRoots.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
