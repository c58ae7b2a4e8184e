import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentNode } from '@web/lib/current-node';

/** The node I work on: a picker when I have a role on several, its name when on one. */
export function NodePicker() {
  const { t } = useTranslation();
  const { nodes, node, choose } = useCurrentNode();
  return nodes.length > 1 ? (
    <Select
      aria-label={t('shell.node')}
      size="sm"
      w={260}
      allowDeselect={false}
      value={node?.id ?? null}
      onChange={(v) => v && choose(v)}
      data={nodes.map((n) => ({ value: n.id, label: n.name }))}
    />
  ) : (
    <Text size="sm" c="dimmed" visibleFrom="xs">
      {node?.name}
    </Text>
  );
}
