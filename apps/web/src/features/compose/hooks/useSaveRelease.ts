import { notifications } from '@mantine/notifications';
import type { ReleaseMedia } from '@warta/composer';
import { ApiError } from '@web/lib/api/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateDrafts, useCreateRelease, useSetReleaseMedia } from '../api/releases';
import type { UploadItem } from '../components/MediaField';
import type { ComposeValues } from './useComposeForm';

/**
 * Saving a composed release: the release, then its media, then one draft per connected account (the
 * api composes those), then its page. Once the release is stored, a later failure still opens its
 * page, where the rest can be redone.
 */
export function useSaveRelease(organizationId: string, uploads: UploadItem[], media: ReleaseMedia[]) {
  const { t } = useTranslation(['compose', 'common']);
  const navigate = useNavigate();
  const createRelease = useCreateRelease();
  const setMedia = useSetReleaseMedia();
  const createDrafts = useCreateDrafts();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  const save = async (v: ComposeValues) => {
    if (uploads.some((u) => u.status === 'uploading')) {
      setSaveError(new ApiError(0, 'UPLOADING', t('media.waitUploads'), null));
      return;
    }
    setSaving(true);
    setSaveError(null);
    let releaseId: string | null = null;
    try {
      const release = await createRelease.mutateAsync({
        organizationId,
        title: v.title.trim(),
        body: v.body.trim(),
        ...(v.link.trim() ? { link: v.link.trim() } : {}),
        ...(v.hashtags.length ? { tags: v.hashtags } : {}),
      });
      releaseId = release.id;
      if (media.length) {
        await setMedia.mutateAsync({
          id: release.id,
          version: release.version,
          media: media.map((m) => ({ assetId: m.id, altText: m.altText ?? null })),
        });
      }
      await createDrafts.mutateAsync({
        releaseId: release.id,
        options: v.xThread ? { xThread: true } : undefined,
      });
      notifications.show({ color: 'teal', title: t('save.doneTitle'), message: t('save.done') });
      navigate(`/releases/${release.id}`);
    } catch (e) {
      if (releaseId) {
        // The release is stored; what failed after it (media, drafts) can be redone on its page.
        notifications.show({
          color: 'orange',
          title: t('save.partialTitle'),
          message: e instanceof ApiError ? e.message : t('common:error.unknown'),
          autoClose: false,
        });
        navigate(`/releases/${releaseId}`);
      } else {
        setSaveError(e);
      }
    } finally {
      setSaving(false);
    }
  };

  return { saving, saveError, save };
}
