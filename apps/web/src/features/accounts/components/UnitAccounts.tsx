import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBrandFacebook, IconBrandX } from '@tabler/icons-react';
import { zoneName } from '@web/lib/dates';
import { useTranslation } from 'react-i18next';
import type { OrgNode, SocialAccount } from '../api/types';
import type { ConnectAccount } from '../hooks/use-connect-account';
import { AccountCard } from './AccountCard';
import { connectPlatformOf } from './account-health';

export interface UnitAccountsProps {
  org: Pick<OrgNode, 'id' | 'name' | 'timezone'>;
  items: SocialAccount[];
  /** More than one unit is shown: the connect buttons name theirs. */
  manyUnits: boolean;
  canManage: boolean;
  /** The key of the connect or reconnect button whose consent page is opening. */
  connecting: string | null;
  connect: ConnectAccount;
  zoneOf(orgId: string): string;
  /** When the list was read: health is judged then. */
  now: Date;
  onDisconnect(account: SocialAccount): void;
  onEditSlots(account: SocialAccount): void;
}

/** One unit's section: its name and zone, "connect X / Facebook", and its accounts' cards. */
export function UnitAccounts(props: UnitAccountsProps) {
  const { org, items, canManage } = props;
  const { t } = useTranslation(['accounts', 'common']);
  return (
    <Card withBorder component="section" aria-labelledby={`unit-${org.id}`} padding="lg">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Stack gap={0}>
          <Title order={2} size="h4" id={`unit-${org.id}`}>
            {org.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('zone', { zone: zoneName(org.timezone) })}
          </Text>
        </Stack>
        {canManage ? <ConnectButtons {...props} /> : null}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('noneInUnit')}
        </Text>
      ) : (
        <AccountCards {...props} />
      )}
      {canManage ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('connect.instagramNote')}
        </Text>
      ) : null}
    </Card>
  );
}

function ConnectButtons({ org, manyUnits, connecting, connect }: UnitAccountsProps) {
  const { t } = useTranslation(['accounts', 'common']);
  return (
    <Group gap="xs">
      <Button
        variant="light"
        leftSection={<IconBrandX size={16} aria-hidden />}
        loading={connecting === `${org.id}:x`}
        onClick={() => void connect('x', org.id, `${org.id}:x`)}
        aria-label={manyUnits ? t('connect.xFor', { unit: org.name }) : undefined}
      >
        {t('connect.x')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconBrandFacebook size={16} aria-hidden />}
        loading={connecting === `${org.id}:facebook`}
        onClick={() => void connect('facebook', org.id, `${org.id}:facebook`)}
        aria-label={manyUnits ? t('connect.facebookFor', { unit: org.name }) : undefined}
      >
        {t('connect.facebook')}
      </Button>
    </Group>
  );
}

function AccountCards(props: UnitAccountsProps) {
  const { items, zoneOf, now, canManage, connecting, connect } = props;
  return (
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
          onDisconnect={() => props.onDisconnect(a)}
          onEditSlots={() => props.onEditSlots(a)}
        />
      ))}
    </SimpleGrid>
  );
}
