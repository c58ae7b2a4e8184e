import type { LocaleInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import idLocale from '@fullcalendar/core/locales/id';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** FullCalendar's locale in the reader's language, with our words for its buttons and hints. */
export function useCalendarLocale(): LocaleInput {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  return useMemo<LocaleInput>(() => {
    const base = i18n.language === 'en' ? enGbLocale : idLocale;
    return {
      ...base,
      buttonText: {
        ...base.buttonText,
        today: t('toolbar.today'),
        month: t('toolbar.month'),
        week: t('toolbar.week'),
        list: t('toolbar.list'),
        prev: t('toolbar.prev'),
        next: t('toolbar.next'),
      },
      buttonHints: {
        prev: t('toolbar.prevHint'),
        next: t('toolbar.nextHint'),
        today: t('toolbar.todayHint'),
      },
      viewHint: t('toolbar.viewHint'),
      navLinkHint: t('toolbar.navLinkHint'),
      moreLinkText: (n: number) => t('toolbar.more', { count: n }),
      moreLinkHint: (n: number) => t('toolbar.moreHint', { count: n }),
      noEventsText: t('empty'),
      closeHint: t('common:action.close'),
      timeHint: t('toolbar.timeHint'),
      eventHint: t('toolbar.eventHint'),
    };
  }, [i18n.language, t]);
}
