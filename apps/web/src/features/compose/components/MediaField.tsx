import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaAsset } from '../api/types';
import { MediaDropzone } from './MediaDropzone';
import { UploadRow } from './UploadRow';

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

/** The messages for files refused before upload. */
function RefusedFiles({ messages }: { messages: string[] }) {
  const { t } = useTranslation('compose');
  return (
    <Alert color="red" variant="light" role="alert" title={t('media.refused')} p="xs">
      <Stack gap={2}>
        {messages.map((m, i) => (
          <Text key={i} size="sm">
            {m}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
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
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="media-label">
        {t('field.media')}
      </Text>
      <MediaDropzone onFiles={onFiles} onReject={onReject} />
      {rejected.length ? <RefusedFiles messages={rejected} /> : null}
      {items.map((item, i) => (
        <UploadRow key={item.key} item={item} index={i} onAltText={onAltText} onRemove={onRemove} />
      ))}
    </Stack>
  );
}
