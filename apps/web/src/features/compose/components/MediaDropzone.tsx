import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconPhotoUp, IconUpload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_MIMES, checkMediaFile, formatBytes } from '../media-rules';

/** Why a file is refused before upload (its type or its size), or null when it may go. */
function useRefusalMessage() {
  const { t } = useTranslation('compose');
  return (file: File): string | null => {
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
}

/**
 * Where files are dropped, and the button that picks them (the keyboard's way in); each file is
 * checked before it is taken.
 */
export function MediaDropzone({
  onFiles,
  onReject,
}: {
  onFiles: (files: File[]) => void;
  onReject: (messages: string[]) => void;
}) {
  const { t } = useTranslation('compose');
  const openRef = useRef<() => void>(null);
  const messageFor = useRefusalMessage();

  return (
    <>
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
    </>
  );
}
