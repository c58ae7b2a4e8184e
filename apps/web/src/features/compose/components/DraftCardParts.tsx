import { Badge, Button, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../api/types';

/** The draft card's heading (platform and account) with its edited mark and state. */
export function DraftCardHeader({ draft, platformName }: { draft: Draft; platformName: string }) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Group justify="space-between">
      <Title order={3} size="h5" id={`draft-${draft.id}`}>
        {t('draft.title', { platform: platformName, account: draft.account.displayName })}
      </Title>
      <Group gap={6}>
        {draft.edited ? (
          <Badge variant="outline" color="gray" tt="none">
            {t('draft.edited')}
          </Badge>
        ) : null}
        <Badge variant="light" tt="none">
          {t(`common:state.${draft.state}`, { defaultValue: draft.state })}
        </Badge>
      </Group>
    </Group>
  );
}

/** Edit a draft, or, while editing, save or cancel the edit. */
export function DraftEditActions({
  editing,
  saving,
  platformName,
  onEdit,
  onSave,
  onCancel,
}: {
  editing: boolean;
  saving: boolean;
  platformName: string;
  onEdit: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Group gap="sm">
      {editing ? (
        <>
          <Button size="xs" onClick={onSave} loading={saving}>
            {t('draft.save', { platform: platformName })}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common:action.cancel')}
          </Button>
        </>
      ) : (
        <Button size="xs" variant="default" onClick={onEdit}>
          {t('draft.edit', { platform: platformName })}
        </Button>
      )}
    </Group>
  );
}
