import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@web/lib/api/client';
import { queryKeys } from '@web/lib/query-keys';

/** The node's connected accounts: the previews show their names, and drafts are made one per account. */
export function useNodeAccounts(nodeId: string) {
  return useQuery({
    queryKey: queryKeys.accountsFirstPage(nodeId),
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { organizationId: nodeId } } })),
  });
}
