import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { queryKeys } from '@web/lib/query-keys';
import type {
  Approval,
  AuditEvent,
  DecisionResult,
  Draft,
  Organization,
  Page,
  QueuedRelease,
  Release,
  Submission,
} from './types';

const QUEUE_PAGE = 50;

/** The releases waiting for the signed-in approver, oldest first: across their subtree(s), or one unit's. */
export function useApprovalsQueue(organizationId: string | null = null) {
  return useInfiniteQuery({
    queryKey: queryKeys.approvals({ limit: QUEUE_PAGE, organizationId }),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/approvals', {
          params: {
            query: { limit: QUEUE_PAGE, cursor: pageParam, ...(organizationId ? { organizationId } : {}) },
          },
        }),
      ) as unknown as Promise<Page<QueuedRelease>>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The queue entry of one release, if it waits for the caller (one page: a queue is short). */
export function useQueueEntry(releaseId: string) {
  return useQuery({
    queryKey: queryKeys.approvals({ limit: 200 }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/approvals', { params: { query: { limit: 200 } } })) as unknown as Promise<
        Page<QueuedRelease>
      >,
    select: (page) => page.items.find((i) => i.id === releaseId) ?? null,
  });
}

/**
 * Every node the caller can see (names and zones of the queue's units, the unit filter). One page of
 * 200: a Kanwil has a few dozen units; a directorate-wide approver past 200 sees ids fall back to "—".
 */
export function useVisibleNodes() {
  return useQuery({
    queryKey: queryKeys.organizationsUnder('*'),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { limit: 200 } } })) as unknown as Promise<
        Page<Organization>
      >,
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

/** The ids of a node and every node below it, from a flat list with parent ids. */
export function subtreeOf(rootId: string, nodes: Organization[]): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId && ids.has(n.parentId) && !ids.has(n.id)) {
        ids.add(n.id);
        grew = true;
      }
    }
  }
  return ids;
}

export function useRelease(id: string) {
  return useQuery({
    queryKey: queryKeys.release(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/releases/{id}', { params: { path: { id } } })) as unknown as Promise<Release>,
  });
}

/** The posts being approved (until the queue items carry them). */
export function useReleaseDrafts(id: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.drafts(id),
    enabled,
    queryFn: () =>
      unwrap(api.GET('/api/v1/releases/{id}/drafts', { params: { path: { id } } })) as unknown as Promise<{
        items: Draft[];
      }>,
    select: (r) => r.items,
  });
}

/** Every decision on the release, oldest first. */
export function useApprovalHistory(id: string) {
  return useQuery({
    queryKey: queryKeys.approvalHistory(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/releases/{id}/approvals', { params: { path: { id } } })) as unknown as Promise<{
        items: Approval[];
      }>,
    select: (r) => r.items,
  });
}

/** The release's audited edits (newest first), whose `changed` holds each field's old and new text. */
export function useReleaseEdits(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.releaseEdits(id),
    enabled,
    retry: false,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: {
            query: { subjectType: 'release', subjectId: id, action: 'release.updated', limit: 200 },
          },
        }),
      ) as unknown as Promise<Page<AuditEvent>>,
    select: (r) => r.items,
  });
}

function useDecisionDone() {
  const client = useQueryClient();
  return (releaseId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['approvals'] }),
      client.invalidateQueries({ queryKey: queryKeys.approval(releaseId) }),
      client.invalidateQueries({ queryKey: queryKeys.release(releaseId) }),
      client.invalidateQueries({ queryKey: ['releases'] }),
      client.invalidateQueries({ queryKey: queryKeys.notifications }),
    ]);
}

export function useApproveRelease(releaseId: string) {
  const done = useDecisionDone();
  return useMutation({
    mutationFn: (body: { version: number; comment?: string }) =>
      unwrap(
        api.POST('/api/v1/releases/{id}/approve', { params: { path: { id: releaseId } }, body }),
      ) as unknown as Promise<DecisionResult>,
    onSuccess: () => done(releaseId),
  });
}

export function useRequestChanges(releaseId: string) {
  const done = useDecisionDone();
  return useMutation({
    mutationFn: (body: { version: number; comment: string }) =>
      unwrap(
        api.POST('/api/v1/releases/{id}/request-changes', { params: { path: { id: releaseId } }, body }),
      ) as unknown as Promise<DecisionResult>,
    onSuccess: () => done(releaseId),
  });
}

/** What each submission of the release sent for review, newest first (diff the first two). */
export function useReleaseSubmissions(id: string) {
  return useQuery({
    queryKey: queryKeys.releaseSubmissions(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/releases/{id}/submissions', { params: { path: { id } } }),
      ) as unknown as Promise<{ items: Submission[] }>,
    select: (r) => r.items,
  });
}
