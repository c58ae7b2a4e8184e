import { Alert, Stack, Text } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState } from '@web/components/QueryState';
import { PageHeader } from '@web/components/PageHeader';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAccounts, useSubtree } from '../api/use-accounts';
import type { OrgNode, SocialAccount } from '../api/types';
import { useDisconnectDialog, usePostingSlotsDialog } from '../hooks/use-account-dialog';
import { useConnectAccount } from '../hooks/use-connect-account';
import { ChoosePagesDialog, DisconnectDialog, PostingSlotsDialog } from './AccountDialogs';
import { ConnectOutcome } from './ConnectOutcome';
import { UnitAccounts } from './UnitAccounts';

const ORDER = { x: 0, facebook: 1, instagram: 2 } as const;

/** The node's (and its units') X, Facebook Page and Instagram accounts: health, connect, slots. */
export function AccountsPage() {
  const { t } = useTranslation(['accounts', 'common']);
  const node = useWorkNode();
  const { can } = useCurrentNode();
  const canManage = can('account:manage');
  const accounts = useAccounts(node.id);
  const subtree = useSubtree(node.id);
  const [params, setParams] = useSearchParams();
  const { connecting, connect } = useConnectAccount();
  const disconnect = useDisconnectDialog(node.id);
  const slots = usePostingSlotsDialog(node.id);
  // Health is judged at the moment the list was read, so it does not drift between renders.
  const now = useMemo(() => new Date(accounts.dataUpdatedAt || Date.now()), [accounts.dataUpdatedAt]);

  const groups = useMemo(
    () => groupByNode(node, subtree.data, accounts.data ?? []),
    [node, subtree.data, accounts.data],
  );
  const zoneOf = (orgId: string) => subtree.data?.find((n) => n.id === orgId)?.timezone ?? node.timezone;

  const clearParams = () => setParams({}, { replace: true });

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <ConnectOutcome params={params} onDismiss={clearParams} />
        {!canManage ? (
          <Alert variant="light" color="gray">
            <Text size="sm">{t('readOnly')}</Text>
          </Alert>
        ) : null}
        {accounts.isPending || subtree.isPending ? (
          <LoadingState label={t('loading')} />
        ) : accounts.isError || subtree.isError ? (
          <ErrorState
            error={accounts.error ?? subtree.error}
            onRetry={() => {
              void accounts.refetch();
              void subtree.refetch();
            }}
          />
        ) : groups.length === 0 ? (
          <EmptyState title={t('empty')} hint={canManage ? t('emptyHint') : undefined} />
        ) : (
          groups.map(({ org, items }) => (
            <UnitAccounts
              key={org.id}
              org={org}
              items={items}
              manyUnits={groups.length > 1}
              canManage={canManage}
              connecting={connecting}
              connect={connect}
              zoneOf={zoneOf}
              now={now}
              onDisconnect={disconnect.open}
              onEditSlots={slots.open}
            />
          ))
        )}
      </Stack>

      <DisconnectDialog dialog={disconnect} />
      <PostingSlotsDialog
        dialog={slots}
        zone={slots.account ? zoneOf(slots.account.organizationId) : node.timezone}
      />
      <ChoosePagesDialog nodeId={node.id} pendingId={params.get('pending')} onClose={clearParams} />
    </>
  );
}

/**
 * One section per node that has accounts or is a unit (where accounts usually belong), the node
 * itself first; accounts X, Facebook, Instagram, then by name.
 */
export function groupByNode(
  node: Pick<OrgNode, 'id' | 'name' | 'timezone' | 'kind'>,
  subtree: OrgNode[] | undefined,
  accounts: SocialAccount[],
): { org: Pick<OrgNode, 'id' | 'name' | 'timezone'>; items: SocialAccount[] }[] {
  const orgs: Pick<OrgNode, 'id' | 'name' | 'timezone' | 'kind'>[] = subtree?.length ? subtree : [node];
  return orgs
    .map((org) => ({
      org,
      items: accounts
        .filter((a) => a.organizationId === org.id)
        .sort(
          (a, b) =>
            ORDER[a.platform] - ORDER[b.platform] ||
            Number(a.status === 'disconnected') - Number(b.status === 'disconnected') ||
            a.displayName.localeCompare(b.displayName),
        ),
    }))
    .filter(({ org, items }) => items.length > 0 || org.kind === 'unit' || org.id === node.id);
}
