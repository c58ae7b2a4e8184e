import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { queryKeys } from '@web/lib/query-keys';
import type { NotificationPage, ReleaseRefPage } from './types';

/** The bell asks every 30 s and whenever the window regains focus. */
export const POLL_MS = 30_000;
/** More unread than this shows as "99+": nobody counts further. */
export const UNREAD_CAP = 99;

const list = (query: { limit: number; unread?: boolean; cursor?: string }) =>
  unwrap(api.GET('/api/v1/notifications', { params: { query } })) as unknown as Promise<NotificationPage>;

export function useNotifications(filter: { limit: number; unread?: boolean }, poll = false) {
  return useQuery({
    queryKey: queryKeys.notificationList(filter),
    queryFn: () => list(filter),
    refetchInterval: poll ? POLL_MS : false,
    refetchOnWindowFocus: true,
  });
}

/** The notifications page: newest first, a page at a time. */
export function useNotificationFeed(unread: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.notificationList({ feed: true, unread }),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => list({ limit: 30, unread: unread || undefined, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
  });
}

/** Unread notifications, counted up to the cap (one page of cap + 1 tells "more than the cap"). */
export function useUnreadCount() {
  return useNotifications({ limit: UNREAD_CAP + 1, unread: true }, true);
}

/**
 * What waits on the reader beside notifications: releases in their approval queue (approvers) and
 * the node's releases sent back for changes (editors). Counted with the bell.
 */
export function useTasks(nodeId: string, opts: { approver: boolean; editor: boolean }) {
  return useQuery({
    queryKey: queryKeys.notificationTasks(nodeId),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    queryFn: async () => {
      const [approvals, changes] = await Promise.all([
        opts.approver
          ? (unwrap(
              api.GET('/api/v1/approvals', { params: { query: { limit: UNREAD_CAP + 1 } } }),
            ) as unknown as Promise<ReleaseRefPage>)
          : null,
        opts.editor
          ? (unwrap(
              api.GET('/api/v1/releases', {
                params: {
                  query: { status: 'changes_requested', organizationId: nodeId, limit: UNREAD_CAP + 1 },
                },
              }),
            ) as unknown as Promise<ReleaseRefPage>)
          : null,
      ]);
      return { approvals: approvals?.items ?? [], changesRequested: changes?.items ?? [] };
    },
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    /** `through`: what the reader saw loaded, so one that arrived since stays unread. */
    mutationFn: (through?: string) =>
      unwrap(
        api.POST('/api/v1/notifications/read-all', {
          params: { query: through ? { through } : {} },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}
