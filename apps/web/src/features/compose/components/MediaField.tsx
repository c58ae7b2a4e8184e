import {
  Alert,
  Button,
  CloseButton,
  Group,
  Image,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconPhotoUp, IconUpload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaAsset } from '../api/types';
import { ACCEPTED_MIMES, checkMediaFile, formatBytes } from '../media-rules';

export interface UploadItem {
  key: string;
  name: string;
  previewUrl: string | null;
  status: 'uploading' | 'done' | 'error';
  progress: number;
  asset?: MediaAsset;
  error?: string;
  altText: string;
}

/**
 * Photos and a video for the release: drop them here or pick them with the button (keyboard), each
 * checked for type and size BEFORE it is sent, then uploaded with a progress bar; each image asks for
 * its description (alt text) for readers who cannot see it.
 */
export function MediaField({
  items,
  rejected,
  onFiles,
  onReject,
  onAltText,
  onRemove,
}: {
  items: UploadItem[];
  /** Messages for files refused before upload (type, size). */
  rejected: string[];
  onFiles: (files: File[]) => void;
  onReject: (messages: string[]) => void;
  onAltText: (key: string, alt: string) => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation('compose');
  const openRef = useRef<() => void>(null);

  const messageFor = (file: File): string | null => {
    const check = checkMediaFile(file);
    if (check.ok) return null;
    return check.code === 'type'
      ? t('media.wrongType', { name: file.name })
      : t('media.tooLarge', {
          name: file.name,
          size: formatBytes(file.size),
          max: formatBytes(check.maxBytes),
        });
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="media-label">
        {t('field.media')}
      </Text>
      <Dropzone
        openRef={openRef}
        accept={ACCEPTED_MIMES}
        multiple
        useFsAccessApi={false}
        activateOnKeyboard={false}
        validator={(file) => {
          const message = messageFor(file);
          return message ? { code: 'warta-media', message } : null;
        }}
        onDrop={(files) => {
          onReject([]);
          onFiles(files);
        }}
        onReject={(rejections: FileRejection[]) =>
          onReject(
            rejections.map(
              (r) =>
                r.errors.find((e) => e.code === 'warta-media')?.message ??
                messageFor(r.file) ??
                t('media.wrongType', { name: r.file.name }),
            ),
          )
        }
        aria-labelledby="media-label"
        p="md"
      >
        <Group justify="center" gap="sm" mih={64} style={{ pointerEvents: 'none' }}>
          <IconPhotoUp size={32} stroke={1.5} aria-hidden color="var(--mantine-color-gray-6)" />
          <Stack gap={0}>
            <Text size="sm">{t('media.dropHere')}</Text>
            <Text size="xs" c="dimmed">
              {t('media.rules')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconUpload size={14} aria-hidden />}
          onClick={() => openRef.current?.()}
        >
          {t('media.pick')}
        </Button>
      </Group>
      {rejected.length ? (
        <Alert color="red" variant="light" role="alert" title={t('media.refused')} p="xs">
          <Stack gap={2}>
            {rejected.map((m, i) => (
              <Text key={i} size="sm">
                {m}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {items.map((item, i) => (
        <Paper key={item.key} withBorder p="xs" radius="md">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            {item.previewUrl ? (
              <Image src={item.previewUrl} alt="" w={64} h={64} fit="cover" radius="sm" />
            ) : null}
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" truncate>
                  {item.name}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('media.remove', { name: item.name })}
                  onClick={() => onRemove(item.key)}
                />
              </Group>
              {item.status === 'uploading' ? (
                <Progress
                  value={Math.round(item.progress * 100)}
                  size="sm"
                  aria-label={t('media.uploading', { name: item.name })}
                  animated
                />
              ) : null}
              {item.status === 'error' ? (
                <Text size="xs" c="red.8" role="alert">
                  {item.error}
                </Text>
              ) : null}
              {item.status === 'done' && item.asset?.kind === 'image' ? (
                <TextInput
                  id={`media-alt-${i}`}
                  size="xs"
                  label={t('media.altText', { n: i + 1 })}
                  description={t('media.altHint')}
                  value={item.altText}
                  maxLength={1000}
                  onChange={(e) => onAltText(item.key, e.currentTarget.value)}
                />
              ) : null}
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
