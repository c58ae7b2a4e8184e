import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReleaseStatus } from '../api/types';

const COLOUR: Record<ReleaseStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  changes_requested: 'orange',
  approved: 'teal',
  archived: 'dark',
};

/** Where a release stands, in words (the colour only repeats them). */
export function ReleaseStatusBadge({ status }: { status: ReleaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={COLOUR[status] ?? 'gray'}
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`releaseStatus.${status}`)}
    </Badge>
  );
}
