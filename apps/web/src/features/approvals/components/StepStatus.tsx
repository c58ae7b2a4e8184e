import { Badge, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { darkText } from '@web/components/StateBadge';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';

export interface StepInfo {
  policy: string;
  /** The step the release waits for (1 or 2), null when it waits for none. */
  pendingStep: number | null;
  /** Step 1 of a two-step round, when done: who (a name, or null when unknown) and when. */
  firstStep: { name: string | null; at: string } | null;
}

/** Where a release is in its review: one step, or step 1 done by whom and step 2 waiting. */
export function StepStatus({ info, zone }: { info: StepInfo; zone: string }) {
  const { t } = useTranslation('approvals');
  if (info.policy !== 'two_step') {
    return <Text size="sm">{t('step.single')}</Text>;
  }
  return (
    <Group gap="xs" wrap="wrap">
      {info.firstStep ? (
        <Badge
          variant="light"
          color="green"
          c={darkText('green')}
          leftSection={<IconCircleCheck size={14} aria-hidden />}
        >
          {t('step.firstDone')}
        </Badge>
      ) : null}
      {info.pendingStep ? (
        <Badge
          variant="light"
          color="yellow"
          c={darkText('yellow')}
          leftSection={<IconHourglass size={14} aria-hidden />}
        >
          {t('step.waiting', { step: info.pendingStep })}
        </Badge>
      ) : null}
      {info.firstStep ? (
        <Text size="sm" c="dimmed">
          {info.firstStep.name
            ? t('step.firstDoneBy', {
                name: info.firstStep.name,
                at: formatDateTime(info.firstStep.at, zone, currentLanguage()),
              })
            : t('step.firstDoneAt', { at: formatDateTime(info.firstStep.at, zone, currentLanguage()) })}
        </Text>
      ) : null}
    </Group>
  );
}
