import { Button, Checkbox, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@web/components/QueryState';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingConnection } from '../api/types';

/** After Facebook's consent page: which of the person's Pages (with their Instagram) to connect. */
export function ChoosePagesModal({
  opened,
  query,
  pending,
  error,
  onAttach,
  onClose,
}: {
  opened: boolean;
  query: { data: PendingConnection | undefined; isPending: boolean; isError: boolean; error: unknown };
  pending: boolean;
  error: unknown;
  onAttach(input: { pageIds: string[]; includeInstagram: boolean }): void;
  onClose(): void;
}) {
  const { t } = useTranslation(['accounts', 'common']);
  const [picked, setPicked] = useState<string[]>([]);
  const [includeInstagram, setIncludeInstagram] = useState(true);
  return (
    <Modal opened={opened} onClose={onClose} title={t('choose.title')} centered size="lg">
      {query.isPending ? (
        <LoadingState label={t('choose.loading')} />
      ) : query.isError || !query.data ? (
        <Stack>
          <ErrorState error={query.error} />
          <Text size="sm">{t('choose.expired')}</Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('choose.hint')}</Text>
          {query.data.choices.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('choose.none')}
            </Text>
          ) : (
            <Checkbox.Group value={picked} onChange={setPicked} label={t('choose.pages')}>
              <Stack gap="xs" mt="xs">
                {query.data.choices.map((c) => (
                  <Checkbox
                    key={c.pageId}
                    value={c.pageId}
                    label={c.name}
                    description={
                      c.instagram
                        ? t('choose.withInstagram', { username: c.instagram.username })
                        : t('choose.noInstagram')
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Switch
            checked={includeInstagram}
            onChange={(e) => setIncludeInstagram(e.currentTarget.checked)}
            label={t('choose.includeInstagram')}
          />
          {error ? <ErrorState error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button
              disabled={picked.length === 0}
              loading={pending}
              onClick={() => onAttach({ pageIds: picked, includeInstagram })}
            >
              {t('choose.attach')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
