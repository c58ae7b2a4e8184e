import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { queryKeys } from '@web/lib/query-keys';
import type {
  AccountPage,
  ConnectablePlatform,
  OrgNode,
  OrgPage,
  PendingConnection,
  PostingSlotsView,
  SocialAccount,
} from './types';

const MAX_PAGES = 20;

/** Every connected account of the node and the nodes below it (disconnected ones included). */
export function useAccounts(nodeId: string) {
  return useQuery({
    queryKey: queryKeys.accounts(nodeId),
    queryFn: async () => {
      const items: SocialAccount[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const page = (await unwrap(
          api.GET('/api/v1/accounts', {
            params: { query: { organizationId: nodeId, limit: 200, cursor } },
          }),
        )) as unknown as AccountPage;
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}

/** The node and its descendants (names and zones for grouping the accounts). */
export function useSubtree(nodeId: string) {
  return useQuery({
    queryKey: queryKeys.subtree(nodeId),
    queryFn: async () => {
      const all: OrgNode[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const page = (await unwrap(
          api.GET('/api/v1/organizations', { params: { query: { limit: 200, cursor } } }),
        )) as unknown as OrgPage;
        all.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return subtreeOf(all, nodeId);
    },
  });
}

/** `root` first, then its descendants by depth and name. */
export function subtreeOf(all: OrgNode[], root: string): OrgNode[] {
  const children = new Map<string, OrgNode[]>();
  for (const n of all) {
    if (!n.parentId) continue;
    children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const out: OrgNode[] = [];
  const start = all.find((n) => n.id === root);
  if (!start) return out;
  const queue = [start];
  while (queue.length) {
    const n = queue.shift()!;
    out.push(n);
    queue.push(...(children.get(n.id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
  }
  return out;
}

/**
 * Starts connecting (or reconnecting) an account: the api answers the platform's consent page,
 * which the browser then opens; the api's callback brings the person back to /accounts.
 */
export function useStartConnect() {
  return useMutation({
    mutationFn: async (input: { platform: ConnectablePlatform; organizationId: string }) => {
      const out = (await unwrap(
        api.GET('/api/v1/accounts/connect/{platform}', {
          params: {
            path: { platform: input.platform },
            // The api's callback then sends the person back to this app's /accounts.
            query: { organizationId: input.organizationId, returnTo: 'web' },
          },
        }),
      )) as unknown as { authorizeUrl: string };
      return out.authorizeUrl;
    },
  });
}

/** The Pages a Facebook connection offers, after the consent page sent the person back. */
export function usePendingConnection(id: string | null) {
  return useQuery({
    queryKey: queryKeys.pendingConnection(id ?? ''),
    enabled: !!id,
    retry: false,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/connect/facebook/pending/{id}', { params: { path: { id: id! } } }),
      ) as unknown as Promise<PendingConnection>,
  });
}

export function useAttachPages(nodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { pendingConnectionId: string; pageIds: string[]; includeInstagram: boolean }) =>
      unwrap(api.POST('/api/v1/accounts/connect/facebook/attach', { body: input })),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.accounts(nodeId) }),
  });
}

export function useDisconnectAccount(nodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason?: string }) =>
      unwrap(
        api.DELETE('/api/v1/accounts/{id}', {
          params: { path: { id: input.id }, query: input.reason ? { reason: input.reason } : {} },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.accounts(nodeId) }),
  });
}

export function useSetPostingSlots(nodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; version: number; slots: string[] }) =>
      unwrap(
        api.PUT('/api/v1/accounts/{id}/posting-slots', {
          params: { path: { id: input.id } },
          body: { version: input.version, slots: input.slots },
        }),
      ) as unknown as Promise<PostingSlotsView>,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.accounts(nodeId) }),
  });
}
