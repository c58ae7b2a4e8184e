import { Center } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ErrorState } from '@web/components/QueryState';

/** A screen that failed to load (a new deploy removed its chunk, a bug): say so and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Center p="xl">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </Center>
  );
}
