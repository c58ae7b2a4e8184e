import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useWorkNode } from '@web/lib/current-node';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import type { Approval, Release } from '../api/types';
import type { ReleaseWorkflow } from '../hooks/useReleaseWorkflow';
import { ConflictNotice } from './ConflictNotice';

/** Where the release stands in review, and each decision on it with its note. */
function ReviewStatus({
  release,
  approvals,
  meId,
  policy,
}: {
  release: Release;
  approvals: Approval[];
  meId: string;
  policy?: string;
}) {
  const { t } = useTranslation(['compose', 'common']);
  const node = useWorkNode();
  const lang = currentLanguage();
  const line =
    release.status === 'draft'
      ? policy === 'none'
        ? t('review.noReviewNeeded')
        : t('review.notSubmitted')
      : release.status === 'in_review'
        ? t('review.waiting')
        : release.status === 'changes_requested'
          ? t('review.changesRequested')
          : release.status === 'approved'
            ? t('review.approved')
            : t('review.archived');
  return (
    <Stack gap="xs">
      <Text size="sm">{line}</Text>
      {approvals.length ? (
        <Stack gap={6}>
          {approvals.map((a) => (
            <Paper key={a.id} withBorder p="sm" radius="md">
              <Text size="sm" fw={600}>
                {t(`review.decision.${a.decision}`, { defaultValue: a.decision })}
                {policy === 'two_step' ? ` · ${t('review.step', { step: a.step })}` : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {t('review.decidedBy', {
                  who: a.decidedBy === meId ? t('review.you') : t('review.approver'),
                  when: formatDateTime(a.decidedAt, node.timezone, lang),
                  version: a.releaseVersion,
                })}
              </Text>
              {a.comment ? (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {t('review.note')}: {a.comment}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

/** Submit the release for review; it needs at least one draft. */
function SubmitForReview({
  release,
  submit,
  draftCount,
}: {
  release: Release;
  submit: ReleaseWorkflow['submit'];
  draftCount: number;
}) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Group>
      <Button
        onClick={() =>
          submit.mutate(release.version, {
            onSuccess: (r) =>
              notifications.show({
                color: 'teal',
                message: r.status === 'approved' ? t('review.submittedNoReview') : t('review.submitted'),
              }),
          })
        }
        loading={submit.isPending}
        disabled={draftCount === 0}
      >
        {t('review.submit')}
      </Button>
      {draftCount === 0 ? (
        <Text size="xs" c="dimmed">
          {t('review.needsDrafts')}
        </Text>
      ) : null}
    </Group>
  );
}

/** The review: where the release stands, who decided what, and (while it can change) submit. */
export function ReleaseReviewSection({
  release,
  approvals,
  meId,
  policy,
  canSubmit,
  submit,
  draftCount,
  onReload,
}: {
  release: Release;
  approvals: Approval[];
  meId: string;
  policy?: string;
  canSubmit: boolean;
  submit: ReleaseWorkflow['submit'];
  draftCount: number;
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <section aria-labelledby="review-heading">
      <Title order={2} size="h4" id="review-heading" mb="xs">
        {t('review.heading')}
      </Title>
      <Stack gap="sm">
        <ReviewStatus release={release} approvals={approvals} meId={meId} policy={policy} />
        {canSubmit ? <SubmitForReview release={release} submit={submit} draftCount={draftCount} /> : null}
        <ConflictNotice error={submit.error} onReload={onReload} />
      </Stack>
    </section>
  );
}
