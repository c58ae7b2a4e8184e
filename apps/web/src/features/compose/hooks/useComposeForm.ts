import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReleaseMedia } from '@warta/composer';
import { useMemo, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pastedText } from '../preview/paste';

export interface ComposeValues {
  title: string;
  body: string;
  link: string;
  hashtags: string[];
  xThread: boolean;
}

export type ComposeForm = UseFormReturnType<ComposeValues>;

const URL_RE = /^https?:\/\/[^\s]+$/i;

/** The compose form's values and their checks (title and body required, a link must be a URL). */
export function useComposeForm(): ComposeForm {
  const { t } = useTranslation(['compose', 'common']);
  return useForm<ComposeValues>({
    mode: 'controlled',
    initialValues: { title: '', body: '', link: '', hashtags: [], xThread: false },
    validate: {
      title: (v) =>
        !v.trim() ? t('validation.titleRequired') : v.length > 500 ? t('validation.titleTooLong') : null,
      body: (v) => (!v.trim() ? t('validation.bodyRequired') : null),
      link: (v) => (v.trim() && !URL_RE.test(v.trim()) ? t('validation.link') : null),
    },
  });
}

/** The release as the live preview composes it: the form as it is now, with the uploaded media. */
export function usePreviewDraft(values: ComposeValues, media: ReleaseMedia[]) {
  return useMemo(
    () => ({
      title: values.title,
      body: values.body,
      link: URL_RE.test(values.link.trim()) ? values.link.trim() : undefined,
      hashtags: values.hashtags,
      options: values.xThread ? { xThread: true } : undefined,
      media,
    }),
    [values.title, values.body, values.link, values.hashtags, values.xThread, media],
  );
}

/** Pasting into the body keeps the text (not the markup) of what was copied, at the cursor. */
export function bodyPasteHandler(form: ComposeForm) {
  return (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData('text/html');
    const plain = e.clipboardData.getData('text/plain');
    const text = pastedText(html, plain);
    if (!text) return;
    e.preventDefault();
    const el = e.currentTarget;
    const current = form.getValues().body;
    const start = el.selectionStart ?? current.length;
    const end = el.selectionEnd ?? current.length;
    form.setFieldValue('body', current.slice(0, start) + text + current.slice(end));
    requestAnimationFrame(() => el.setSelectionRange(start + text.length, start + text.length));
  };
}
