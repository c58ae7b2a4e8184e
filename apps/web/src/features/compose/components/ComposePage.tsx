import { Grid, Stack } from '@mantine/core';
import { PageHeader } from '@web/components/PageHeader';
import { useWorkNode } from '@web/lib/current-node';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import { useNodeAccounts } from '../api/accounts';
import { useComposeForm, usePreviewDraft } from '../hooks/useComposeForm';
import { useLivePreview } from '../hooks/useLivePreview';
import { useMediaUploads } from '../hooks/useMediaUploads';
import { useProblemFocus } from '../hooks/useProblemFocus';
import { useSaveRelease } from '../hooks/useSaveRelease';
import { ComposeFields } from './ComposeFields';
import { ComposePreview } from './ComposePreview';
import { ComposeSaveBar } from './ComposeSaveBar';
import { MediaField } from './MediaField';

/**
 * Compose a release: the form on the left, the X, Facebook and Instagram posts it becomes on the
 * right, recomposed in the browser on every keystroke. Saving stores the release, its media, and one
 * draft per connected account (the api composes those, and renders the title card), then opens the
 * release page to review, submit and schedule.
 */
export function ComposePage() {
  const { t } = useTranslation(['compose', 'common']);
  const node = useWorkNode();
  const accounts = useNodeAccounts(node.id);
  const form = useComposeForm();
  const uploads = useMediaUploads(node.id);
  const { saving, saveError, save } = useSaveRelease(node.id, uploads.items, uploads.media);
  const { refs, highlight, onProblem } = useProblemFocus();
  const draft = usePreviewDraft(form.getValues(), uploads.media);
  const preview = useLivePreview(node, draft, currentLanguage());

  return (
    <>
      <PageHeader title={t('compose.title')} description={t('compose.description', { unit: node.name })} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <form onSubmit={form.onSubmit(save)} noValidate aria-label={t('compose.formLabel')}>
            <Stack gap="md">
              <ComposeFields form={form} refs={refs} defaultHashtags={node.defaultHashtags} />
              <MediaField
                items={uploads.items}
                rejected={uploads.rejected}
                onFiles={uploads.addFiles}
                onReject={uploads.setRejected}
                onAltText={uploads.setAltText}
                onRemove={uploads.remove}
              />
              <ComposeSaveBar saving={saving} saveError={saveError} />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ComposePreview
            result={preview.result}
            accounts={accounts.data?.items ?? []}
            fallbackName={node.name}
            link={draft.link}
            imageFor={uploads.imageFor}
            highlight={highlight}
            onProblem={onProblem}
          />
        </Grid.Col>
      </Grid>
    </>
  );
}
