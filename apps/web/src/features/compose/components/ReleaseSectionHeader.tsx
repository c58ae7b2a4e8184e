import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A release page section's heading (its id labels the section), with the section's action beside it. */
export function ReleaseSectionHeader({
  id,
  title,
  action,
}: {
  id: string;
  title: string;
  action: ReactNode;
}) {
  return (
    <Group justify="space-between" mb="xs">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {action}
    </Group>
  );
}
