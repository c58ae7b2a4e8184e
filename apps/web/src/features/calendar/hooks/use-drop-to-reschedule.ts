import { notifications } from '@mantine/notifications';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import { useReschedulePost } from '../api/use-reschedule-post';
import type { CalendarItem } from '../api/types';
import { handleDrop } from './drop-handler';

/** A post dragged on the calendar: rescheduled through the api, the person told how it went. */
export function useDropToReschedule(zone: string) {
  const { t } = useTranslation('calendar');
  const reschedule = useReschedulePost();
  return (item: CalendarItem, newStart: string | null, revert: () => void) =>
    void handleDrop(
      { item, newStart, revert },
      {
        reschedule: (input) => reschedule.mutateAsync(input),
        notify: (kind, message) =>
          notifications.show({
            color: kind === 'success' ? 'green' : 'red',
            title: t(kind === 'success' ? 'movedTitle' : 'moveFailedTitle'),
            message,
          }),
        messages: {
          moved: (iso) => t('moved', { when: formatDateTime(iso, zone, currentLanguage()) }),
          failed: t('moveFailed'),
          notDraggable: t('notDraggable'),
        },
      },
    );
}
