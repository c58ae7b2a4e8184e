import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateDrafts, useUpdateRelease } from '../api/releases';
import type { Release } from '../api/types';

/**
 * Editing a release's text (title, body, link, tags), saved with the version it was read at; after
 * a save the untouched drafts are composed again from the new text.
 */
export function useReleaseEditor(release: Release) {
  const { t } = useTranslation(['compose', 'common']);
  const update = useUpdateRelease(release.id);
  const createDrafts = useCreateDrafts();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(release.title);
  const [body, setBody] = useState(release.body);
  const [link, setLink] = useState(release.link ?? '');
  const [tags, setTags] = useState(release.tags);

  const reset = () => {
    setTitle(release.title);
    setBody(release.body);
    setLink(release.link ?? '');
    setTags(release.tags);
  };

  const save = () =>
    update.mutate(
      { version: release.version, title: title.trim(), body: body.trim(), link: link.trim() || null, tags },
      {
        onSuccess: (r) => {
          setEditing(false);
          // Untouched drafts follow the new text; drafts a person edited are kept as they are.
          createDrafts.mutate({ releaseId: r.id });
          notifications.show({ color: 'teal', message: t('release.saved') });
        },
      },
    );

  const cancel = () => {
    reset();
    update.reset();
    setEditing(false);
  };

  /** After a conflict: forget the edit, and let the page read the release again. */
  const stopAfterConflict = () => {
    update.reset();
    setEditing(false);
  };

  return {
    update,
    editing,
    edit: () => setEditing(true),
    fields: { title, setTitle, body, setBody, link, setLink, tags, setTags },
    save,
    cancel,
    stopAfterConflict,
  };
}

export type ReleaseEditor = ReturnType<typeof useReleaseEditor>;
