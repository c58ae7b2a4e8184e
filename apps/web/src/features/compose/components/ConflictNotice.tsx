import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { ErrorState } from '@web/components/QueryState';
import { ApiError } from '@web/lib/api/client';
import { useTranslation } from 'react-i18next';

export const isConflict = (e: unknown): boolean => e instanceof ApiError && e.status === 409;

/**
 * A save that met a newer version (someone else changed it meanwhile): say so plainly and offer to
 * reload what is there now. Nothing is overwritten silently; other errors show as usual.
 */
export function ConflictNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation(['compose', 'common']);
  if (!error) return null;
  if (!isConflict(error)) return <ErrorState error={error} />;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('conflict.body')}</Text>
        {(error as ApiError).message ? (
          <Text size="xs" c="dimmed">
            {(error as ApiError).message}
          </Text>
        ) : null}
        <Button
          size="xs"
          variant="light"
          color="orange"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {t('common:action.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
