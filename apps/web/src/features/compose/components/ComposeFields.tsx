import { Checkbox, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bodyPasteHandler, type ComposeForm } from '../hooks/useComposeForm';
import type { ComposeFieldRefs } from '../hooks/useProblemFocus';

/** The release's text fields: title, body, link, hashtags, and whether X gets a thread. */
export function ComposeFields({
  form,
  refs,
  defaultHashtags,
}: {
  form: ComposeForm;
  refs: ComposeFieldRefs;
  /** The unit's own hashtags, named in the hashtags hint. */
  defaultHashtags: string[];
}) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <>
      <TextInput
        ref={refs.title}
        label={t('field.title')}
        description={t('field.titleHint')}
        withAsterisk
        maxLength={500}
        {...form.getInputProps('title')}
      />
      <Textarea
        ref={refs.body}
        label={t('field.body')}
        description={t('field.bodyHint')}
        withAsterisk
        // A fixed height that scrolls: growing with the text made every keystroke on a long
        // release measure (and lay out) the whole page again.
        rows={16}
        onPaste={bodyPasteHandler(form)}
        {...form.getInputProps('body')}
      />
      <TextInput
        ref={refs.link}
        type="url"
        label={t('field.link')}
        description={t('field.linkHint')}
        placeholder="https://"
        {...form.getInputProps('link')}
      />
      <TagsInput
        ref={refs.hashtags}
        label={t('field.hashtags')}
        description={t('field.hashtagsHint', {
          defaults: defaultHashtags.map((h) => `#${h.replace(/^#/, '')}`).join(' ') || '—',
        })}
        maxTags={30}
        splitChars={[',', ' ', '|']}
        clearable
        {...form.getInputProps('hashtags')}
      />
      <Checkbox
        label={t('field.xThread')}
        description={t('field.xThreadHint')}
        {...form.getInputProps('xThread', { type: 'checkbox' })}
      />
    </>
  );
}
