import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PageHeader } from '@web/components/PageHeader';
import { QueryState } from '@web/components/QueryState';
import { ScheduleForm } from '@web/components/ScheduleForm';
import { useCurrentNode, useWorkNode } from '@web/lib/current-node';
import { formatDateTime, zoneName } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  useCreateDrafts,
  useDrafts,
  useRelease,
  useReleaseApprovals,
  useScheduleRelease,
  useSubmitRelease,
  useUpdateRelease,
} from '../api/releases';
import type { Approval, Draft, Release } from '../api/types';
import { ConflictNotice } from './ConflictNotice';
import { DraftCard } from './DraftCard';
import { ReleaseStatusBadge } from './ReleaseStatusBadge';

const EDITABLE = new Set(['draft', 'changes_requested']);

/**
 * One release from draft to calendar: its text (editable until it is submitted), the post for each
 * connected account, the review (who decided what, and their note), submit, and then schedule.
 */
export function ReleasePage() {
  const { releaseId = '' } = useParams();
  const { t } = useTranslation(['compose', 'common']);
  const release = useRelease(releaseId);
  return (
    <QueryState query={release} label={t('release.loading')}>
      {(r) => <ReleaseView release={r} />}
    </QueryState>
  );
}

function ReleaseView({ release }: { release: Release }) {
  const { t } = useTranslation(['compose', 'common']);
  const node = useWorkNode();
  const { me } = useCurrentNode();
  const lang = currentLanguage();
  const drafts = useDrafts(release.id);
  const approvals = useReleaseApprovals(release.id);
  const releaseQuery = useRelease(release.id);
  const submit = useSubmitRelease(release.id);
  const schedule = useScheduleRelease(release.id);
  const createDrafts = useCreateDrafts();
  const canWrite = node.permissions.includes('release:write');
  const canSchedule = node.permissions.includes('post:schedule');
  const policy = node.approvalPolicy;
  const editable = canWrite && EDITABLE.has(release.status);
  const schedulable =
    canSchedule && release.status !== 'archived' && (release.status === 'approved' || policy === 'none');

  const reload = () => {
    submit.reset();
    schedule.reset();
    void releaseQuery.refetch();
    void drafts.refetch();
    void approvals.refetch();
  };

  const items = drafts.data?.items ?? [];
  const unscheduled = items.filter((d) => d.state === 'draft');
  const scheduled = items.filter((d) => d.state !== 'draft');

  return (
    <>
      <PageHeader
        title={release.title}
        description={t('release.description', {
          updated: formatDateTime(release.updatedAt, node.timezone, lang),
        })}
        actions={<ReleaseStatusBadge status={release.status} />}
      />
      <Stack gap="xl">
        <ReleaseContent release={release} editable={editable} onReload={reload} />

        <section aria-labelledby="review-heading">
          <Title order={2} size="h4" id="review-heading" mb="xs">
            {t('review.heading')}
          </Title>
          <Stack gap="sm">
            <ReviewStatus
              release={release}
              approvals={approvals.data?.items ?? []}
              meId={me.user.id}
              policy={policy}
            />
            {editable ? (
              <Group>
                <Button
                  onClick={() =>
                    submit.mutate(release.version, {
                      onSuccess: (r) =>
                        notifications.show({
                          color: 'teal',
                          message:
                            r.status === 'approved' ? t('review.submittedNoReview') : t('review.submitted'),
                        }),
                    })
                  }
                  loading={submit.isPending}
                  disabled={items.length === 0}
                >
                  {t('review.submit')}
                </Button>
                {items.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('review.needsDrafts')}
                  </Text>
                ) : null}
              </Group>
            ) : null}
            <ConflictNotice error={submit.error} onReload={reload} />
          </Stack>
        </section>

        <section aria-labelledby="drafts-heading">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="drafts-heading">
              {t('draft.heading')}
            </Title>
            {canWrite && release.status !== 'archived' ? (
              <Button
                size="xs"
                variant="default"
                loading={createDrafts.isPending}
                onClick={() => createDrafts.mutate({ releaseId: release.id })}
              >
                {t('draft.recompose')}
              </Button>
            ) : null}
          </Group>
          <ConflictNotice error={createDrafts.error} onReload={reload} />
          <QueryState
            query={drafts}
            label={t('draft.loading')}
            isEmpty={(d) => d.items.length === 0}
            empty={<Text c="dimmed">{t('draft.empty')}</Text>}
          >
            {(d) => (
              <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
                {d.items.map((draft) => (
                  <DraftCard
                    key={`${draft.id}-${draft.version}`}
                    draft={draft}
                    release={{
                      title: release.title,
                      body: release.body,
                      ...(release.link ? { link: release.link } : {}),
                    }}
                    canEdit={canWrite}
                    onReload={reload}
                  />
                ))}
              </SimpleGrid>
            )}
          </QueryState>
        </section>

        <section aria-labelledby="schedule-heading">
          <Title order={2} size="h4" id="schedule-heading" mb="xs">
            {t('schedule.heading')}
          </Title>
          {schedulable && unscheduled.length ? (
            <Paper withBorder p="md" radius="md">
              <Text size="sm" mb="sm">
                {t('schedule.intro', { count: unscheduled.length, zone: zoneName(node.timezone) })}
              </Text>
              <ScheduleForm
                zone={node.timezone}
                pending={schedule.isPending}
                onSubmit={(request) =>
                  schedule.mutate(request, {
                    onSuccess: (res) =>
                      notifications.show({
                        color: 'teal',
                        message: t('schedule.done', { count: res.items.length }),
                      }),
                  })
                }
              />
              <ConflictNotice error={schedule.error} onReload={reload} />
            </Paper>
          ) : !schedulable && release.status !== 'archived' ? (
            <Text size="sm" c="dimmed">
              {canSchedule ? t('schedule.afterApproval') : t('schedule.noPermission')}
            </Text>
          ) : null}
          {scheduled.length ? <ScheduledList posts={scheduled} zone={node.timezone} /> : null}
        </section>
      </Stack>
    </>
  );
}

function ReleaseContent({
  release,
  editable,
  onReload,
}: {
  release: Release;
  editable: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  const update = useUpdateRelease(release.id);
  const createDrafts = useCreateDrafts();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(release.title);
  const [body, setBody] = useState(release.body);
  const [link, setLink] = useState(release.link ?? '');
  const [tags, setTags] = useState(release.tags);

  const reset = () => {
    setTitle(release.title);
    setBody(release.body);
    setLink(release.link ?? '');
    setTags(release.tags);
  };

  const save = () =>
    update.mutate(
      { version: release.version, title: title.trim(), body: body.trim(), link: link.trim() || null, tags },
      {
        onSuccess: (r) => {
          setEditing(false);
          // Untouched drafts follow the new text; drafts a person edited are kept as they are.
          createDrafts.mutate({ releaseId: r.id });
          notifications.show({ color: 'teal', message: t('release.saved') });
        },
      },
    );

  return (
    <section aria-labelledby="content-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="content-heading">
          {t('release.content')}
        </Title>
        {editable && !editing ? (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('release.edit')}
          </Button>
        ) : null}
      </Group>
      {editing ? (
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
            error={update.error}
            onReload={() => {
              update.reset();
              setEditing(false);
              onReload();
            }}
          />
          <Group gap="sm">
            <Button onClick={save} loading={update.isPending} disabled={!title.trim() || !body.trim()}>
              {t('release.save')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                reset();
                update.reset();
                setEditing(false);
              }}
            >
              {t('common:action.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
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
      )}
    </section>
  );
}

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

function ScheduledList({ posts, zone }: { posts: Draft[]; zone: string }) {
  const { t } = useTranslation(['compose', 'common']);
  const lang = currentLanguage();
  return (
    <Stack gap="xs" mt="md">
      <Title order={3} size="h5">
        {t('schedule.listHeading')}
      </Title>
      {posts.map((p) => (
        <Paper key={p.id} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Anchor component={Link} to={`/posts/${p.id}`} fw={600} size="sm">
                {t('schedule.postLink', {
                  platform: t(`common:platform.${p.platform}`),
                  account: p.account.displayName,
                })}
              </Anchor>
              <Text size="xs" c="dimmed">
                {p.publishAt ? formatDateTime(p.publishAt, zone, lang) : t('schedule.noTime')}
              </Text>
            </Stack>
            <Badge variant="light" tt="none">
              {t(`common:state.${p.state}`, { defaultValue: p.state })}
            </Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
