import {
  Box,
  Button,
  Checkbox,
  Grid,
  Group,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ComposedVariant, Platform, Problem, ReleaseMedia } from '@warta/composer';
import { ErrorState } from '@web/components/QueryState';
import { PageHeader } from '@web/components/PageHeader';
import { ApiError } from '@web/lib/api/client';
import { useWorkNode } from '@web/lib/current-node';
import { currentLanguage } from '@web/lib/i18n';
import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNodeAccounts } from '../api/accounts';
import { uploadMedia } from '../api/media';
import { useCreateDrafts, useCreateRelease, useSetReleaseMedia } from '../api/releases';
import { checkMediaFile } from '../media-rules';
import { useLivePreview } from '../hooks/useLivePreview';
import { pastedText } from '../preview/paste';
import type { InstagramImage } from './InstagramPreview';
import { MediaField, type UploadItem } from './MediaField';
import { PreviewPanel, type PlatformHighlight } from './PreviewPanel';

interface FormValues {
  title: string;
  body: string;
  link: string;
  hashtags: string[];
  xThread: boolean;
}

const URL_RE = /^https?:\/\/[^\s]+$/i;

/**
 * Compose a release: the form on the left, the X, Facebook and Instagram posts it becomes on the
 * right, recomposed in the browser on every keystroke. Saving stores the release, its media, and one
 * draft per connected account (the api composes those, and renders the title card), then opens the
 * release page to review, submit and schedule.
 */
export function ComposePage() {
  const { t } = useTranslation(['compose', 'common']);
  const node = useWorkNode();
  const navigate = useNavigate();
  const accounts = useNodeAccounts(node.id);
  const createRelease = useCreateRelease();
  const setMedia = useSetReleaseMedia();
  const createDrafts = useCreateDrafts();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [uploads, setUploads] = useState<UploadItem[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [highlight, setHighlight] = useState<PlatformHighlight | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const hashtagsRef = useRef<HTMLInputElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { title: '', body: '', link: '', hashtags: [], xThread: false },
    validate: {
      title: (v) =>
        !v.trim() ? t('validation.titleRequired') : v.length > 500 ? t('validation.titleTooLong') : null,
      body: (v) => (!v.trim() ? t('validation.bodyRequired') : null),
      link: (v) => (v.trim() && !URL_RE.test(v.trim()) ? t('validation.link') : null),
    },
  });
  const values = form.getValues();

  // Object URLs of picked images are freed when the page goes.
  const urls = useRef<string[]>([]);
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const media: ReleaseMedia[] = useMemo(
    () =>
      uploads
        .filter((u) => u.status === 'done' && u.asset)
        .map((u) => ({
          id: u.asset!.id,
          kind: u.asset!.kind,
          mime: u.asset!.mime,
          bytes: u.asset!.bytes,
          width: u.asset!.width,
          height: u.asset!.height,
          ...(u.altText.trim() ? { altText: u.altText.trim() } : {}),
        })),
    [uploads],
  );
  const draft = useMemo(
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
  const preview = useLivePreview(node, draft, currentLanguage());

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
      uploadMedia({ organizationId: node.id, file, onProgress: (progress) => patch({ progress }) })
        .then((asset) => patch({ status: 'done', progress: 1, asset }))
        .catch((e: unknown) =>
          patch({
            status: 'error',
            error: e instanceof ApiError && e.message ? e.message : t('media.failed'),
          }),
        );
    }
  };

  const onPasteBody = (e: ClipboardEvent<HTMLTextAreaElement>) => {
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

  // A problem takes the editor to its place: the marked span in a preview, or the field to change.
  const onProblem = (platform: Platform, p: Problem) => {
    if (p.path?.startsWith('media[')) {
      const first = document.getElementById('media-alt-0');
      (first ?? document.getElementById('media-label'))?.focus();
      return;
    }
    if (p.code === 'HASHTAGS_DROPPED' || p.code === 'TOO_MANY_HASHTAGS') return hashtagsRef.current?.focus();
    if (p.code === 'LINK_NOT_CLICKABLE') return linkRef.current?.focus();
    if (p.code === 'LEAD_FROM_TITLE') return titleRef.current?.focus();
    if (p.path && p.start !== undefined && p.end !== undefined) {
      setHighlight({ platform, path: p.path, start: p.start, end: p.end });
      return;
    }
    bodyRef.current?.focus();
  };

  const imageFor = (v: ComposedVariant): InstagramImage | null => {
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
  };

  const save = form.onSubmit(async (v) => {
    if (uploads.some((u) => u.status === 'uploading')) {
      setSaveError(new ApiError(0, 'UPLOADING', t('media.waitUploads'), null));
      return;
    }
    setSaving(true);
    setSaveError(null);
    let releaseId: string | null = null;
    try {
      const release = await createRelease.mutateAsync({
        organizationId: node.id,
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
  });

  return (
    <>
      <PageHeader title={t('compose.title')} description={t('compose.description', { unit: node.name })} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <form onSubmit={save} noValidate aria-label={t('compose.formLabel')}>
            <Stack gap="md">
              <TextInput
                ref={titleRef}
                label={t('field.title')}
                description={t('field.titleHint')}
                withAsterisk
                maxLength={500}
                {...form.getInputProps('title')}
              />
              <Textarea
                ref={bodyRef}
                label={t('field.body')}
                description={t('field.bodyHint')}
                withAsterisk
                autosize
                minRows={10}
                maxRows={24}
                onPaste={onPasteBody}
                {...form.getInputProps('body')}
              />
              <TextInput
                ref={linkRef}
                type="url"
                label={t('field.link')}
                description={t('field.linkHint')}
                placeholder="https://"
                {...form.getInputProps('link')}
              />
              <TagsInput
                ref={hashtagsRef}
                label={t('field.hashtags')}
                description={t('field.hashtagsHint', {
                  defaults: node.defaultHashtags.map((h) => `#${h.replace(/^#/, '')}`).join(' ') || '—',
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
              <MediaField
                items={uploads}
                rejected={rejected}
                onFiles={addFiles}
                onReject={setRejected}
                onAltText={(key, alt) =>
                  setUploads((l) => l.map((u) => (u.key === key ? { ...u, altText: alt } : u)))
                }
                onRemove={(key) => setUploads((l) => l.filter((u) => u.key !== key))}
              />
              {saveError ? <ErrorState error={saveError} /> : null}
              <Group>
                <Button type="submit" loading={saving}>
                  {t('save.button')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('save.hint')}
                </Text>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Box component="aside" aria-labelledby="preview-heading">
            <Title order={2} size="h4" id="preview-heading" mb={4}>
              {t('preview.heading')}
            </Title>
            <Text size="xs" c="dimmed" mb="md">
              {t('preview.hint')}
            </Text>
            {preview.result ? (
              <PreviewPanel
                variants={preview.result.variants}
                accounts={accounts.data?.items ?? []}
                fallbackName={node.name}
                link={draft.link}
                imageFor={imageFor}
                highlight={highlight}
                onProblem={onProblem}
              />
            ) : (
              <Text c="dimmed" size="sm">
                {t('preview.empty')}
              </Text>
            )}
          </Box>
        </Grid.Col>
      </Grid>
    </>
  );
}
