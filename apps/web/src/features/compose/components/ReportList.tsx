import { Badge, Group, List, Text, UnstyledButton } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { Problem } from '@warta/composer';
import { useTranslation } from 'react-i18next';

const ICON = { error: IconAlertCircle, warning: IconAlertTriangle, info: IconInfoCircle };
const COLOUR = { error: 'red', warning: 'orange', info: 'gray' };

/**
 * The composer's report for one variant: each problem says what and where, and clicking it (or Enter)
 * takes the editor to its place (the field to fix, or the marked span in the preview).
 */
export function ReportList({
  problems,
  onSelect,
  label,
}: {
  problems: Problem[];
  onSelect?: (p: Problem) => void;
  /** "Laporan X" — names the list for screen readers. */
  label: string;
}) {
  const { t } = useTranslation('compose');
  if (!problems.length) {
    return (
      <Text size="xs" c="teal.9">
        {t('report.clean')}
      </Text>
    );
  }
  return (
    <List spacing={4} size="sm" listStyleType="none" aria-label={label} p={0} m={0}>
      {problems.map((p, i) => {
        const Icon = ICON[p.severity];
        const body = (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Icon
              size={16}
              aria-hidden
              color={`var(--mantine-color-${COLOUR[p.severity]}-7)`}
              style={{ flexShrink: 0, marginTop: 2 }}
            />
            <Text size="xs" component="span">
              <Badge
                component="span"
                size="xs"
                variant="light"
                color={COLOUR[p.severity]}
                c={`${COLOUR[p.severity]}.9`}
                tt="none"
                mr={4}
              >
                {t(`severity.${p.severity}`)}
              </Badge>
              {p.message}
            </Text>
          </Group>
        );
        return (
          <List.Item key={`${p.code}-${i}`}>
            {onSelect ? (
              <UnstyledButton
                onClick={() => onSelect(p)}
                className="report-item"
                title={t('report.goTo', { message: p.message })}
                style={{ textAlign: 'left', borderRadius: 4, padding: 2 }}
              >
                {body}
              </UnstyledButton>
            ) : (
              body
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
