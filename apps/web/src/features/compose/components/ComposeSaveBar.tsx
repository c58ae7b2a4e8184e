import { Button, Group, Text } from '@mantine/core';
import { ErrorState } from '@web/components/QueryState';
import { useTranslation } from 'react-i18next';

/** Why the last save failed (if it did), and the button that saves the release and its drafts. */
export function ComposeSaveBar({ saving, saveError }: { saving: boolean; saveError: unknown }) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <>
      {saveError ? <ErrorState error={saveError} /> : null}
      <Group>
        <Button type="submit" loading={saving}>
          {t('save.button')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('save.hint')}
        </Text>
      </Group>
    </>
  );
}
