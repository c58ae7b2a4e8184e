import { useTranslation } from 'react-i18next';

/**
 * A post's error class (the connectors' taxonomy in platforms/README.md §4, or the publisher's own:
 * too_late, ambiguous_match, account_needs_reconnect…) in plain words for a humas editor: what
 * happened and what Warta or the reader does next. An unknown class reads as a plain failure.
 */
export function useErrorText(): (errorClass: string) => string {
  const { t } = useTranslation('posts');
  return (errorClass) => t(`error.${errorClass}`, { defaultValue: t('error.other') });
}
