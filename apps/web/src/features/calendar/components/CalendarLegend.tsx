import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GROUP_COLORS, LEGEND } from './calendar-events';
import { StateGlyph } from './StateGlyph';

/** What each colour means, in words and with the same shape the events carry. */
export function CalendarLegend() {
  const { t } = useTranslation('calendar');
  return (
    <Group
      gap="xs"
      component="ul"
      aria-label={t('legend.label')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {LEGEND.map((group) => (
        <Group
          key={group}
          component="li"
          gap={4}
          px={8}
          py={2}
          data-group={group}
          style={{
            background: GROUP_COLORS[group].background,
            color: GROUP_COLORS[group].text,
            borderRadius: 4,
            border: '1px solid var(--mantine-color-gray-4)',
          }}
        >
          <StateGlyph group={group} />
          <Text size="xs" fw={600} c="inherit">
            {t(`legend.${group}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
