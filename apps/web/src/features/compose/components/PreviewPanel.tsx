import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ComposedVariant, Platform, Problem } from '@warta/composer';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/types';
import type { PreviewAccount } from './AccountHeader';
import { FacebookPreview } from './FacebookPreview';
import { InstagramPreview, type InstagramImage } from './InstagramPreview';
import { ReportList } from './ReportList';
import { XPreview, type PathHighlight } from './XPreview';

export interface PlatformHighlight extends PathHighlight {
  platform: Platform;
}

/** The post as its platform shows it, for the account it goes to. */
function VariantPost({
  variant: v,
  account,
  link,
  image,
  highlight,
}: {
  variant: ComposedVariant;
  account: PreviewAccount;
  link?: string;
  image: InstagramImage | null;
  highlight: PathHighlight | null;
}) {
  if (v.platform === 'x')
    return (
      <XPreview
        account={account}
        text={v.text}
        thread={v.thread}
        problems={v.report.problems}
        highlight={highlight}
        photo={image}
      />
    );
  if (v.platform === 'facebook')
    return (
      <FacebookPreview account={account} text={v.text} link={link} highlight={highlight} photo={image} />
    );
  return (
    <InstagramPreview
      account={account}
      text={v.text}
      image={image}
      firstComment={v.firstComment}
      highlight={highlight}
    />
  );
}

/** Whom a platform's post goes to, when that is not one connected account. */
function AccountNotice({ count, platformName }: { count: number; platformName: string }) {
  const { t } = useTranslation(['compose', 'common']);
  if (count === 0)
    return (
      <Text size="xs" c="orange.9" mb={6}>
        {t('preview.noAccount', { platform: platformName })}
      </Text>
    );
  if (count > 1)
    return (
      <Text size="xs" c="dimmed" mb={6}>
        {t('preview.moreAccounts', { count: count - 1 })}
      </Text>
    );
  return null;
}

export interface PreviewPanelProps {
  variants: ComposedVariant[];
  accounts: Account[];
  /** The unit's name, for a platform with no connected account yet. */
  fallbackName: string;
  link?: string;
  imageFor: (variant: ComposedVariant) => InstagramImage | null;
  highlight: PlatformHighlight | null;
  onProblem: (platform: Platform, problem: Problem) => void;
}

/** The three previews beside the form, each with the account it goes to and the composer's report. */
export function PreviewPanel({
  variants,
  accounts,
  fallbackName,
  link,
  imageFor,
  highlight,
  onProblem,
}: PreviewPanelProps) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Stack gap="lg">
      {variants.map((v) => {
        const own = accounts.filter((a) => a.platform === v.platform && a.status === 'active');
        const account: PreviewAccount = own[0] ?? { displayName: fallbackName, handle: '' };
        const platformName = t(`common:platform.${v.platform}`);
        return (
          <section key={v.platform} aria-labelledby={`preview-${v.platform}`}>
            <Group justify="space-between" mb={6}>
              <Title order={3} size="h5" id={`preview-${v.platform}`}>
                {t('preview.title', { platform: platformName })}
              </Title>
              <Badge variant="light" color={v.report.publishable ? 'teal' : 'red'}>
                {v.report.publishable ? t('preview.publishable') : t('preview.notPublishable')}
              </Badge>
            </Group>
            <AccountNotice count={own.length} platformName={platformName} />
            <VariantPost
              variant={v}
              account={account}
              link={link}
              image={imageFor(v)}
              highlight={highlight?.platform === v.platform ? highlight : null}
            />
            <Stack gap={4} mt="xs">
              <Text size="xs" fw={600}>
                {t('report.title')}
              </Text>
              <ReportList
                problems={v.report.problems}
                label={t('report.label', { platform: platformName })}
                onSelect={(p) => onProblem(v.platform, p)}
              />
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
