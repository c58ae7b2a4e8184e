import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { postRoots, queryKeys } from '@web/lib/query-keys';
import type { PostDetail, PostFilter, PostsPage } from './types';

const PAGE = 30;

// GET /api/v1/posts is not in schema.d.ts until it is regenerated with the api's new route: until
// then it is called through an untyped view of the same client (same auth, language and errors).
type UntypedGet = (
  path: string,
  init: { params: { query: Record<string, string | number | undefined> } },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const untypedGet = (api.GET as unknown as UntypedGet).bind(api);

/** The posts of a node's subtree, newest publish time first, filtered, a page at a time. */
export function usePosts(filter: PostFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.posts({ ...filter }),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        untypedGet('/api/v1/posts', {
          params: {
            query: {
              organizationId: filter.organizationId,
              state: filter.states.length ? filter.states.join(',') : undefined,
              platform: filter.platform ?? undefined,
              from: filter.from ?? undefined,
              to: filter.to ?? undefined,
              limit: PAGE,
              cursor: pageParam,
            },
          },
        }),
      ) as Promise<PostsPage>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePost(id: string) {
  return useQuery({
    queryKey: queryKeys.post(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/posts/{id}', { params: { path: { id } } })) as unknown as Promise<PostDetail>,
    // A post on its way out changes by the second: follow it until it settles.
    refetchInterval: (q) => (q.state.data && MOVING.has(q.state.data.state) ? 5_000 : false),
  });
}

const MOVING = new Set(['queued', 'preparing', 'ready', 'sending', 'retry_wait', 'unknown', 'reconciling']);

function useAfterPostChange() {
  const client = useQueryClient();
  return () => Promise.all(postRoots.map((root) => client.invalidateQueries({ queryKey: [...root] })));
}

export function useCancelPost(id: string) {
  const done = useAfterPostChange();
  return useMutation({
    mutationFn: (body: { version: number; reason?: string }) =>
      unwrap(api.POST('/api/v1/posts/{id}/cancel', { params: { path: { id } }, body })),
    onSuccess: done,
  });
}

export type ScheduleBody =
  | { mode: 'at'; publishAt: string; version: number }
  | { mode: 'now'; version: number }
  | { mode: 'next_slot'; version: number };

export function useReschedulePost(id: string) {
  const done = useAfterPostChange();
  return useMutation({
    mutationFn: (body: ScheduleBody) =>
      unwrap(api.POST('/api/v1/posts/{id}/schedule', { params: { path: { id } }, body })),
    onSuccess: done,
  });
}

export type ResolveBody =
  | { action: 'mark_published'; version: number; permalink: string; reason: string }
  | { action: 'send_again'; version: number; reason: string };

export function useResolvePost(id: string) {
  const done = useAfterPostChange();
  return useMutation({
    mutationFn: (body: ResolveBody) =>
      unwrap(api.POST('/api/v1/posts/{id}/resolve', { params: { path: { id } }, body })),
    onSuccess: done,
  });
}
