import { Anchor, Badge, Box, Card, Grid, SimpleGrid, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { darkText } from '@web/components/StateBadge';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState, QueryState } from '@web/components/QueryState';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { formatDateTime } from '@web/lib/dates';
import { queryKeys } from '@web/lib/query-keys';
import { currentLanguage } from '@web/lib/i18n';
import {
  useApprovalHistory,
  useQueueEntry,
  useRelease,
  useReleaseDrafts,
  useReleaseEdits,
  useReleaseSubmissions,
  useVisibleNodes,
} from '../api/approvals';
import type { Approval, QueuedRelease, Release } from '../api/types';
import { releaseChanges, submissionChanges, type ReleaseChanges as Changes } from '../lib/release-changes';
import { DecisionPanel, type DecisionRight } from './DecisionPanel';
import { PostPreview } from './PostPreview';
import { ReleaseChanges } from './ReleaseChanges';
import { StepStatus, type StepInfo } from './StepStatus';

/** Screen 3 (approver side): one release, its posts as readers will see them, what changed, the decision. */
export function ApprovalReviewPage() {
  const { t } = useTranslation('approvals');
  const { releaseId = '' } = useParams();
  const release = useRelease(releaseId);
  const client = useQueryClient();
  // "Muat ulang" after a conflict: the release, its queue entry, its decisions and its posts, afresh.
  const reload = () =>
    void Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.release(releaseId) }),
      client.invalidateQueries({ queryKey: queryKeys.approval(releaseId) }),
      client.invalidateQueries({ queryKey: queryKeys.drafts(releaseId) }),
      client.invalidateQueries({ queryKey: ['approvals'] }),
    ]);
  return (
    <>
      <Anchor
        component={Link}
        to="/approvals"
        size="sm"
        mb="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('review.back')}
      </Anchor>
      <QueryState query={release} label={t('review.loading')}>
        {(r) => <Review release={r} onReload={reload} />}
      </QueryState>
    </>
  );
}

function Review({ release, onReload }: { release: Release; onReload: () => void }) {
  const { t } = useTranslation('approvals');
  const { me } = useCurrentNode();
  const node = useWorkNode();
  const entry = useQueueEntry(release.id);
  const history = useApprovalHistory(release.id);
  const nodes = useVisibleNodes();
  const queued: QueuedRelease | null = entry.data ?? null;
  const drafts = useReleaseDrafts(release.id, !queued?.drafts);
  const decided = (history.data?.length ?? 0) > 0;
  const submissions = useReleaseSubmissions(release.id);
  // Without audit:read the api answers an empty trail, which would read as "nothing changed".
  const canAudit = me.permissions.some((p) => p.permissions.includes('audit:read'));
  const edits = useReleaseEdits(
    release.id,
    decided && canAudit && !submissions.isPending && !submissions.data?.length,
  );
  const unit = nodes.data?.find((n) => n.id === release.organizationId);
  const zone = unit?.timezone ?? node.timezone;
  const lang = currentLanguage();

  const firstStep = useMemo(() => currentFirstStep(release, history.data ?? []), [release, history.data]);
  const policy = queued?.approvalPolicy ?? unit?.approvalPolicy ?? 'single_step';
  const stepInfo: StepInfo = {
    policy,
    pendingStep: release.status === 'in_review' ? (queued?.pendingStep ?? (firstStep ? 2 : 1)) : null,
    firstStep: firstStep
      ? {
          name:
            queued?.stepsDone?.find((s) => s.step === 1)?.decidedBy?.name ??
            (firstStep.decidedBy === me.user.id ? me.user.name : null),
          at: firstStep.decidedAt,
        }
      : null,
  };

  const right: DecisionRight =
    release.authorId === me.user.id
      ? { kind: 'own' }
      : entry.isPending
        ? { kind: 'checking' }
        : queued
          ? { kind: 'can', policy: queued.approvalPolicy, step: queued.pendingStep }
          : release.status !== 'in_review'
            ? { kind: 'notWaiting', status: release.status }
            : firstStep?.decidedBy === me.user.id
              ? { kind: 'firstStepByYou' }
              : { kind: 'notYours' };

  // The api keeps what each submission sent: diff the last two. Releases submitted before it kept
  // them have none; for those the audit trail's edits tell what changed (when the reader may read it).
  const postLabel = (d: { platform: string; accountHandle: string }) =>
    `${t(`common:platform.${d.platform}`)} — ${d.platform === 'facebook' ? d.accountHandle : `@${d.accountHandle}`}`;
  const changes: Changes | null | undefined =
    !history.data || submissions.isPending
      ? undefined
      : submissions.data?.length
        ? submissionChanges(submissions.data[0]!, submissions.data[1] ?? null, history.data, postLabel)
        : !decided
          ? { first: true, since: null, fields: [] }
          : edits.isError || !canAudit
            ? null
            : edits.data
              ? releaseChanges(release, history.data, edits.data)
              : undefined;
  const draftList = queued?.drafts ?? drafts.data;

  return (
    <Stack gap="lg">
      <PageHeader title={release.title} description={t('review.description')} />
      <Card withBorder radius="md" padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Meta label={t('queue.unit')} value={unit?.name ?? '—'} />
          <Meta
            label={t('queue.author')}
            value={queued?.author?.name ?? (release.authorId === me.user.id ? me.user.name : '—')}
          />
          <Meta
            label={t('queue.submittedAt')}
            value={queued ? formatDateTime(queued.submittedAt, zone, lang) : '—'}
          />
          <div>
            <Text size="xs" c="dimmed">
              {t('review.status')}
            </Text>
            <Badge variant="light" c={darkText('blue')} mt={2}>
              {t(`common:releaseStatus.${release.status}`, release.status)}
            </Badge>
          </div>
        </SimpleGrid>
        <Box mt="sm">
          <StepStatus info={stepInfo} zone={zone} />
        </Box>
      </Card>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {changes === undefined ? (
              <LoadingState label={t('changes.loading')} />
            ) : (
              <ReleaseChanges changes={changes} zone={zone} />
            )}
            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('review.releaseText')}
              </Title>
              <Spoiler maxHeight={320} showLabel={t('preview.showAll')} hideLabel={t('preview.showLess')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {release.body}
                </Text>
              </Spoiler>
              {release.link ? (
                <Text size="sm">
                  {t('field.link')}:{' '}
                  <Anchor href={release.link} target="_blank" rel="noopener noreferrer">
                    {release.link}
                  </Anchor>
                </Text>
              ) : null}
              {history.data?.length ? <DecisionHistory items={history.data} zone={zone} /> : null}
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="md" padding="md" style={{ position: 'sticky', top: 76 }}>
            <DecisionPanel
              releaseId={release.id}
              version={release.version}
              right={right}
              onReload={onReload}
            />
          </Card>
        </Grid.Col>
      </Grid>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('review.posts')}
        </Title>
        {draftList ? (
          draftList.length ? (
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
              {draftList.map((d) => (
                <PostPreview key={d.id} draft={d} />
              ))}
            </SimpleGrid>
          ) : (
            <EmptyState title={t('review.noPosts')} hint={t('review.noPostsHint')} />
          )
        ) : drafts.isError ? (
          <ErrorState error={drafts.error} onRetry={() => void drafts.refetch()} />
        ) : (
          <LoadingState label={t('review.loadingPosts')} />
        )}
      </Stack>
    </Stack>
  );
}

/** Step 1 of the current two-step round, when approved: made at the version just before this one. */
function currentFirstStep(release: Release, history: Approval[]): Approval | null {
  if (release.status !== 'in_review') return null;
  return (
    history.find(
      (a) => a.step === 1 && a.decision === 'approved' && a.releaseVersion === release.version - 1,
    ) ?? null
  );
}

function DecisionHistory({ items, zone }: { items: Approval[]; zone: string }) {
  const { t } = useTranslation('approvals');
  return (
    <Stack gap={4} mt="md">
      <Title order={3} size="h5">
        {t('history.heading')}
      </Title>
      {[...items]
        .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
        .map((a) => (
          <Text key={a.id} size="sm">
            {formatDateTime(a.decidedAt, zone, currentLanguage())} —{' '}
            {t(`history.${a.decision}`, { step: a.step })}
            {a.comment ? `: “${a.comment}”` : ''}
          </Text>
        ))}
    </Stack>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
