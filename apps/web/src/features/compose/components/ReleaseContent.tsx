import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Release } from '../api/types';
import { useReleaseEditor, type ReleaseEditor } from '../hooks/useReleaseEditor';
import { ConflictNotice } from './ConflictNotice';
import { ReleaseSectionHeader } from './ReleaseSectionHeader';

/** The release's text as it is stored: body, link and tags. */
function StoredReleaseText({ release }: { release: Release }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={12}>
        {release.body}
      </Text>
      {release.link ? (
        <Anchor href={release.link} target="_blank" rel="noreferrer" size="sm" mt="xs" display="block">
          {release.link}
        </Anchor>
      ) : null}
      {release.tags.length ? (
        <Group gap={4} mt="xs">
          {release.tags.map((tag) => (
            <Badge key={tag} variant="outline" color="gray" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Paper>
  );
}

/** The release's text to change, with save and cancel. */
function ReleaseEditForm({ editor, onReload }: { editor: ReleaseEditor; onReload: () => void }) {
  const { t } = useTranslation(['compose', 'common']);
  const { title, setTitle, body, setBody, link, setLink, tags, setTags } = editor.fields;
  return (
    <Stack gap="sm">
      <TextInput
        label={t('field.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={500}
      />
      <Textarea
        label={t('field.body')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={8}
        maxRows={24}
      />
      <TextInput
        type="url"
        label={t('field.link')}
        value={link}
        onChange={(e) => setLink(e.currentTarget.value)}
      />
      <TagsInput
        label={t('field.hashtags')}
        value={tags}
        onChange={setTags}
        maxTags={30}
        splitChars={[',', ' ']}
      />
      <ConflictNotice
        error={editor.update.error}
        onReload={() => {
          editor.stopAfterConflict();
          onReload();
        }}
      />
      <Group gap="sm">
        <Button
          onClick={editor.save}
          loading={editor.update.isPending}
          disabled={!title.trim() || !body.trim()}
        >
          {t('release.save')}
        </Button>
        <Button variant="default" onClick={editor.cancel}>
          {t('common:action.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The release's text, and (until it is submitted) the way to change it. */
export function ReleaseContent({
  release,
  editable,
  onReload,
}: {
  release: Release;
  editable: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  const editor = useReleaseEditor(release);
  return (
    <section aria-labelledby="content-heading">
      <ReleaseSectionHeader
        id="content-heading"
        title={t('release.content')}
        action={
          editable && !editor.editing ? (
            <Button size="xs" variant="default" onClick={editor.edit}>
              {t('release.edit')}
            </Button>
          ) : null
        }
      />
      {editor.editing ? (
        <ReleaseEditForm editor={editor} onReload={onReload} />
      ) : (
        <StoredReleaseText release={release} />
      )}
    </section>
  );
}
