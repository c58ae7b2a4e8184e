import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandFacebook, IconBrandX } from '@tabler/icons-react';
import { EmptyState, ErrorState, LoadingState } from '@web/components/QueryState';
import { PageHeader } from '@web/components/PageHeader';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { zoneName } from '@web/lib/dates';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  useAccounts,
  useAttachPages,
  useDisconnectAccount,
  usePendingConnection,
  useSetPostingSlots,
  useStartConnect,
  useSubtree,
} from '../api/use-accounts';
import type { ConnectablePlatform, OrgNode, SocialAccount } from '../api/types';
import { AccountCard } from './AccountCard';
import { connectPlatformOf } from './account-health';
import { ChoosePagesModal } from './ChoosePagesModal';
import { DisconnectModal } from './DisconnectModal';
import { PostingSlotsModal } from './PostingSlotsModal';
import { ConnectOutcome } from './ConnectOutcome';

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
  const pendingId = params.get('pending');
  const pendingQuery = usePendingConnection(pendingId);
  const start = useStartConnect();
  const attach = useAttachPages(node.id);
  const disconnect = useDisconnectAccount(node.id);
  const setSlots = useSetPostingSlots(node.id);
  const [connecting, setConnecting] = useState<string | null>(null);
  const [toDisconnect, setToDisconnect] = useState<SocialAccount | null>(null);
  const [slotsFor, setSlotsFor] = useState<SocialAccount | null>(null);
  // Health is judged at the moment the list was read, so it does not drift between renders.
  const now = useMemo(() => new Date(accounts.dataUpdatedAt || Date.now()), [accounts.dataUpdatedAt]);

  const groups = useMemo(
    () => groupByNode(node, subtree.data, accounts.data ?? []),
    [node, subtree.data, accounts.data],
  );
  const zoneOf = (orgId: string) => subtree.data?.find((n) => n.id === orgId)?.timezone ?? node.timezone;

  const connect = async (platform: ConnectablePlatform, organizationId: string, key: string) => {
    setConnecting(key);
    try {
      const url = await start.mutateAsync({ platform, organizationId });
      window.location.assign(url);
    } catch (e) {
      setConnecting(null);
      notifications.show({
        color: 'red',
        title: t('connectFailedTitle'),
        message: e instanceof Error ? e.message : String(e),
      });
    }
  };

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
            <Card key={org.id} withBorder component="section" aria-labelledby={`unit-${org.id}`} padding="lg">
              <Group justify="space-between" mb="md" wrap="wrap">
                <Stack gap={0}>
                  <Title order={2} size="h4" id={`unit-${org.id}`}>
                    {org.name}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('zone', { zone: zoneName(org.timezone) })}
                  </Text>
                </Stack>
                {canManage ? (
                  <Group gap="xs">
                    <Button
                      variant="light"
                      leftSection={<IconBrandX size={16} aria-hidden />}
                      loading={connecting === `${org.id}:x`}
                      onClick={() => void connect('x', org.id, `${org.id}:x`)}
                      aria-label={groups.length > 1 ? t('connect.xFor', { unit: org.name }) : undefined}
                    >
                      {t('connect.x')}
                    </Button>
                    <Button
                      variant="light"
                      leftSection={<IconBrandFacebook size={16} aria-hidden />}
                      loading={connecting === `${org.id}:facebook`}
                      onClick={() => void connect('facebook', org.id, `${org.id}:facebook`)}
                      aria-label={
                        groups.length > 1 ? t('connect.facebookFor', { unit: org.name }) : undefined
                      }
                    >
                      {t('connect.facebook')}
                    </Button>
                  </Group>
                ) : null}
              </Group>
              {items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('noneInUnit')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
                  {items.map((a) => (
                    <AccountCard
                      key={a.id}
                      account={a}
                      zone={zoneOf(a.organizationId)}
                      now={now}
                      canManage={canManage}
                      connecting={connecting === a.id}
                      onReconnect={() => void connect(connectPlatformOf(a.platform), a.organizationId, a.id)}
                      onDisconnect={() => {
                        disconnect.reset();
                        setToDisconnect(a);
                      }}
                      onEditSlots={() => {
                        setSlots.reset();
                        setSlotsFor(a);
                      }}
                    />
                  ))}
                </SimpleGrid>
              )}
              {canManage ? (
                <Text size="xs" c="dimmed" mt="sm">
                  {t('connect.instagramNote')}
                </Text>
              ) : null}
            </Card>
          ))
        )}
      </Stack>

      <DisconnectModal
        account={toDisconnect}
        pending={disconnect.isPending}
        error={disconnect.error}
        onClose={() => setToDisconnect(null)}
        onConfirm={(reason) =>
          toDisconnect &&
          disconnect.mutate(
            { id: toDisconnect.id, reason: reason || undefined },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'green',
                  message: t('disconnect.done', { name: toDisconnect.displayName }),
                });
                setToDisconnect(null);
              },
            },
          )
        }
      />
      <PostingSlotsModal
        account={slotsFor}
        zone={slotsFor ? zoneOf(slotsFor.organizationId) : node.timezone}
        pending={setSlots.isPending}
        error={setSlots.error}
        onClose={() => setSlotsFor(null)}
        onSave={(slots) =>
          slotsFor &&
          setSlots.mutate(
            { id: slotsFor.id, version: slotsFor.version, slots },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('slots.saved') });
                setSlotsFor(null);
              },
            },
          )
        }
      />
      <ChoosePagesModal
        opened={!!pendingId}
        query={pendingQuery}
        pending={attach.isPending}
        error={attach.error}
        onClose={clearParams}
        onAttach={({ pageIds, includeInstagram }) =>
          pendingId &&
          attach.mutate(
            { pendingConnectionId: pendingId, pageIds, includeInstagram },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('choose.done') });
                clearParams();
              },
            },
          )
        }
      />
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
