import { Outlet } from 'react-router';
import { ErrorState, LoadingState } from '@web/components/QueryState';
import { useCurrentNode, useOrganization } from '@web/lib/current-node';

/** Screens render once the node the user works on (its zone, hashtags) is known. */
export function NodeGate() {
  const { node, nodes } = useCurrentNode();
  const chosen = useOrganization(node?.id ?? nodes[0]?.id ?? null);
  if (node) return <Outlet />;
  if (chosen.isError) return <ErrorState error={chosen.error} onRetry={() => chosen.refetch()} />;
  return <LoadingState />;
}
