import type { ComposedVariant, ReleaseMedia } from '@warta/composer';
import { ApiError } from '@web/lib/api/client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadMedia } from '../api/media';
import type { InstagramImage } from '../components/InstagramPreview';
import type { UploadItem } from '../components/MediaField';
import { checkMediaFile } from '../media-rules';

/** The uploaded files as the release's media (the ones still uploading or failed are left out). */
function readyMedia(uploads: UploadItem[]): ReleaseMedia[] {
  return uploads
    .filter((u) => u.status === 'done' && u.asset)
    .map((u) => ({
      id: u.asset!.id,
      kind: u.asset!.kind,
      mime: u.asset!.mime,
      bytes: u.asset!.bytes,
      width: u.asset!.width,
      height: u.asset!.height,
      ...(u.altText.trim() ? { altText: u.altText.trim() } : {}),
    }));
}

/**
 * The picture a preview shows for a variant: the title card, or the picked file (its local preview
 * while it is there, else the uploaded copy).
 */
export function variantImage(uploads: UploadItem[], v: ComposedVariant): InstagramImage | null {
  const plan = v.media[0];
  if (!plan) return null;
  if (plan.kind === 'title_card') return { plan, width: plan.width, height: plan.height };
  const upload = uploads.find((u) => u.asset?.id === plan.sourceId);
  return {
    plan,
    url: upload?.previewUrl ?? upload?.asset?.publicUrl,
    width: upload?.asset?.width ?? 1,
    height: upload?.asset?.height ?? 1,
    alt: plan.altText,
  };
}

/**
 * The files picked for a release: each checked, then uploaded with its progress, its alt text, and
 * the messages for files refused before upload.
 */
export function useMediaUploads(organizationId: string) {
  const { t } = useTranslation(['compose', 'common']);
  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);

  // Object URLs of picked images are freed when the page goes.
  const urls = useRef<string[]>([]);
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const media = useMemo(() => readyMedia(uploads), [uploads]);

  const addFiles = (files: File[]) => {
    for (const file of files) {
      const check = checkMediaFile(file);
      if (!check.ok) continue;
      const key = `${Date.now()}-${Math.random()}`;
      const previewUrl = check.kind === 'image' ? URL.createObjectURL(file) : null;
      if (previewUrl) urls.current.push(previewUrl);
      setUploads((list) => [
        ...list,
        { key, name: file.name, previewUrl, status: 'uploading', progress: 0, altText: '' },
      ]);
      const patch = (p: Partial<UploadItem>) =>
        setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...p } : u)));
      uploadMedia({ organizationId, file, onProgress: (progress) => patch({ progress }) })
        .then((asset) => patch({ status: 'done', progress: 1, asset }))
        .catch((e: unknown) =>
          patch({
            status: 'error',
            error: e instanceof ApiError && e.message ? e.message : t('media.failed'),
          }),
        );
    }
  };

  return {
    items: uploads,
    rejected,
    media,
    addFiles,
    setRejected,
    setAltText: (key: string, alt: string) =>
      setUploads((l) => l.map((u) => (u.key === key ? { ...u, altText: alt } : u))),
    remove: (key: string) => setUploads((l) => l.filter((u) => u.key !== key)),
    imageFor: (v: ComposedVariant) => variantImage(uploads, v),
  };
}
