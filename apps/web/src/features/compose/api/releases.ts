import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { postRoots, queryKeys } from '@web/lib/query-keys';
import type { ScheduleRequest } from '@web/components/ScheduleForm';

// The generated schema types the nullable strings of these bodies (`link: null` removes the link) as
// `{} & {[x: string]: undefined} | null`, which no string satisfies; those bodies are cast (`as never`)
// until the OpenAPI document gives them `type: string`. Their shapes are checked by the types above.

export function useReleases(nodeId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.releases(nodeId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/releases', {
          params: {
            query: { organizationId: nodeId, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useRelease(id: string) {
  return useQuery({
    queryKey: queryKeys.release(id),
    queryFn: () => unwrap(api.GET('/api/v1/releases/{id}', { params: { path: { id } } })),
  });
}

export function useReleaseApprovals(id: string) {
  return useQuery({
    queryKey: queryKeys.releaseApprovals(id),
    queryFn: () => unwrap(api.GET('/api/v1/releases/{id}/approvals', { params: { path: { id } } })),
  });
}

export interface NewRelease {
  organizationId: string;
  title: string;
  body: string;
  link?: string;
  tags?: string[];
}

export function useCreateRelease() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRelease) => unwrap(api.POST('/api/v1/releases', { body: input })),
    onSuccess: (r) => void client.invalidateQueries({ queryKey: queryKeys.releases(r.organizationId) }),
  });
}

export interface ReleaseChanges {
  version: number;
  title?: string;
  body?: string;
  link?: string | null;
  tags?: string[];
}

export function useUpdateRelease(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReleaseChanges) =>
      unwrap(api.PATCH('/api/v1/releases/{id}', { params: { path: { id } }, body: input as never })),
    onSuccess: (r) => {
      client.setQueryData(queryKeys.release(id), r);
      void client.invalidateQueries({ queryKey: queryKeys.drafts(id) });
      void client.invalidateQueries({ queryKey: ['releases'] });
    },
  });
}

export function useSetReleaseMedia() {
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      media: { assetId: string; altText?: string | null }[];
    }) => unwrap(api.PUT('/api/v1/releases/{id}/media', { params: { path: { id } }, body: body as never })),
  });
}

export function useSubmitRelease(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/releases/{id}/submit', { params: { path: { id } }, body: { version } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.release(id) });
      void client.invalidateQueries({ queryKey: queryKeys.releaseApprovals(id) });
      void client.invalidateQueries({ queryKey: ['releases'] });
      void client.invalidateQueries({ queryKey: ['approvals'] });
    },
  });
}

export function useScheduleRelease(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ScheduleRequest) =>
      unwrap(api.POST('/api/v1/releases/{id}/schedule', { params: { path: { id } }, body: request })),
    onSuccess: () => {
      for (const key of postRoots) void client.invalidateQueries({ queryKey: key });
    },
  });
}

export function useDrafts(releaseId: string) {
  return useQuery({
    queryKey: queryKeys.drafts(releaseId),
    queryFn: () => unwrap(api.GET('/api/v1/releases/{id}/drafts', { params: { path: { id: releaseId } } })),
  });
}

export function useCreateDrafts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { releaseId: string; options?: { xThread?: boolean } }) =>
      unwrap(
        api.POST('/api/v1/releases/{id}/drafts', {
          params: { path: { id: input.releaseId } },
          body: input.options ? { options: input.options } : {},
        }),
      ),
    onSuccess: (_d, input) => void client.invalidateQueries({ queryKey: queryKeys.drafts(input.releaseId) }),
  });
}

export interface DraftChanges {
  version: number;
  text?: string;
  thread?: string[];
  firstComment?: string | null;
}

export function useUpdateDraft(releaseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: DraftChanges & { id: string }) =>
      unwrap(api.PATCH('/api/v1/drafts/{id}', { params: { path: { id } }, body: body as never })),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.drafts(releaseId) }),
  });
}
