import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/client';

interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Loading, error (with the api's own message and a retry) and empty states, the same on every screen. */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
  label,
}: {
  query: QueryLike<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** What is loading, for screen readers ("Memuat antrean persetujuan"). */
  label?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState label={label} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty ?? <EmptyState title={t('empty.title')} />}</>;
  return <>{children(data)}</>;
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{label ?? t('loading')}</Text>
      </Group>
    </Center>
  );
}

/**
 * A request or a screen's code that never arrived: the browser throws a TypeError ("Failed to
 * fetch", "Failed to fetch dynamically imported module", "NetworkError ..."). Any other TypeError
 * is a bug, and telling the user to check their connection would send them the wrong way.
 */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch|network|load failed|import/i.test(error.message);
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.message
      : isNetworkFailure(error)
        ? t('error.network')
        : t('error.unknown');
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('error.title')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {error instanceof ApiError && error.requestId ? (
          <Text size="xs" c="dimmed">
            {t('error.reference', { id: error.requestId })}
          </Text>
        ) : null}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('action.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420}>
        <IconInbox size={40} stroke={1.4} aria-hidden color="var(--mantine-color-gray-6)" />
        <Text fw={600}>{title}</Text>
        {hint ? (
          <Text c="dimmed" ta="center" size="sm">
            {hint}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Center>
  );
}
