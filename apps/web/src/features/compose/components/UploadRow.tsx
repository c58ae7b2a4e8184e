import { CloseButton, Group, Image, Paper, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from './MediaField';

/** One picked file: its thumbnail and name, its upload's progress or error, and its alt text. */
export function UploadRow({
  item,
  index,
  onAltText,
  onRemove,
}: {
  item: UploadItem;
  /** Its place in the list, for the alt text field's id and label. */
  index: number;
  onAltText: (key: string, alt: string) => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation('compose');
  return (
    <Paper withBorder p="xs" radius="md">
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
              id={`media-alt-${index}`}
              size="xs"
              label={t('media.altText', { n: index + 1 })}
              description={t('media.altHint')}
              value={item.altText}
              maxLength={1000}
              onChange={(e) => onAltText(item.key, e.currentTarget.value)}
            />
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
