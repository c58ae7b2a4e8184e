import { Alert, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/components/QueryState';
import { ScheduleForm } from '@web/components/ScheduleForm';
import { ApiError } from '@web/lib/api/client';
import { queryKeys } from '@web/lib/query-keys';
import { useCancelPost, useReschedulePost } from '../api/posts';
import type { PostDetail } from '../api/types';
import { useResolveForm } from '../hooks/use-resolve-form';

/** States a person may still cancel or reschedule from (the api's rule book; anything else is a 409). */
const CHANGEABLE = new Set(['draft', 'scheduled', 'queued', 'preparing', 'ready', 'retry_wait']);

/** Cancel, reschedule, and for a post that needs review or failed, the ways to settle it. */
export function PostActions({ post, zone }: { post: PostDetail; zone: string }) {
  const { t } = useTranslation('posts');
  // The api says what the post's state allows; an older api did not, so the same rule book applies.
  const allows = (action: PostDetail['actions'][number]) =>
    post.actions
      ? post.actions.includes(action)
      : action === 'cancel' || action === 'schedule'
        ? CHANGEABLE.has(post.state)
        : action === 'mark_published'
          ? post.state === 'needs_review'
          : action === 'send_again' && (post.state === 'needs_review' || post.state === 'failed');
  const reschedule = allows('schedule');
  const cancel = allows('cancel');
  const settle = allows('mark_published') || allows('send_again');
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('actions.heading')}
      </Title>
      {reschedule || cancel ? (
        <Group gap="sm">
          {reschedule ? <RescheduleAction post={post} zone={zone} /> : null}
          {cancel ? <CancelAction post={post} /> : null}
        </Group>
      ) : null}
      {settle ? (
        <ResolveAction
          post={post}
          markPublished={allows('mark_published')}
          sendAgain={allows('send_again')}
        />
      ) : null}
      {!reschedule && !cancel && !settle ? (
        <Text size="sm" c="dimmed">
          {t('actions.none')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A failed call: a 409 says the post moved on and offers a reload; anything else, the api's words. */
export function MutationError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation('posts');
  if (!error) return null;
  if (error instanceof ApiError && error.status === 409) {
    return (
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title={t('conflict.title')}
        icon={<IconAlertTriangle aria-hidden />}
      >
        <Stack gap="xs">
          <Text size="sm">{t('conflict.message')}</Text>
          {error.message ? (
            <Text size="xs" c="dimmed">
              {error.message}
            </Text>
          ) : null}
          <Group>
            <Button size="xs" variant="light" color="orange" onClick={onReload}>
              {t('common:action.reload')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  return <ErrorState error={error} />;
}

function useReload(post: PostDetail, reset: () => void) {
  const client = useQueryClient();
  return () => {
    reset();
    void client.invalidateQueries({ queryKey: queryKeys.post(post.id) });
  };
}

function CancelAction({ post }: { post: PostDetail }) {
  const { t } = useTranslation('posts');
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelPost(post.id);
  const close = () => {
    setOpened(false);
    cancel.reset();
  };
  const reload = useReload(post, close);
  return (
    <>
      <Button variant="outline" color="red" onClick={() => setOpened(true)}>
        {t('actions.cancel')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('actions.cancelTitle')} centered>
        <Stack gap="md">
          <Text size="sm">
            {t('actions.cancelBody', { platform: t(`common:platform.${post.platform}`) })}
          </Text>
          <Textarea
            label={t('actions.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <MutationError error={cancel.error} onReload={reload} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('actions.cancelKeep')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() =>
                cancel.mutate(
                  { version: post.version, ...(reason.trim() ? { reason: reason.trim() } : {}) },
                  {
                    onSuccess: () => {
                      setOpened(false);
                      notifications.show({ color: 'green', message: t('actions.cancelled') });
                    },
                  },
                )
              }
            >
              {t('actions.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function RescheduleAction({ post, zone }: { post: PostDetail; zone: string }) {
  const { t } = useTranslation('posts');
  const [opened, setOpened] = useState(false);
  const reschedule = useReschedulePost(post.id);
  const close = () => {
    setOpened(false);
    reschedule.reset();
  };
  const reload = useReload(post, close);
  return (
    <>
      <Button onClick={() => setOpened(true)}>
        {post.publishAt ? t('actions.reschedule') : t('actions.schedule')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={post.publishAt ? t('actions.rescheduleTitle') : t('actions.scheduleTitle')}
        centered
        size="lg"
      >
        <Stack gap="md">
          <ScheduleForm
            zone={zone}
            initialPublishAt={post.publishAt}
            pending={reschedule.isPending}
            submitLabel={t('actions.rescheduleSubmit')}
            secondaryAction={
              <Button variant="default" onClick={close}>
                {t('common:action.cancel')}
              </Button>
            }
            onSubmit={(request) =>
              reschedule.mutate(
                { ...request, version: post.version },
                {
                  onSuccess: () => {
                    setOpened(false);
                    notifications.show({ color: 'green', message: t('actions.rescheduled') });
                  },
                },
              )
            }
          />
          <MutationError error={reschedule.error} onReload={reload} />
        </Stack>
      </Modal>
    </>
  );
}

function ResolveAction({
  post,
  markPublished: canMark,
  sendAgain: canSendAgain,
}: {
  post: PostDetail;
  markPublished: boolean;
  sendAgain: boolean;
}) {
  const { t } = useTranslation('posts');
  const { resolve, permalink, setPermalink, reason, setReason, errors, markPublished, sendAgain } =
    useResolveForm(post);
  const reload = useReload(post, () => resolve.reset());
  const platform = t(`common:platform.${post.platform}`);
  const review = canMark;

  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('actions.resolveHeading')}
        </Title>
        <Text size="sm">{review ? t('actions.resolveIntro', { platform }) : t('actions.failedIntro')}</Text>
        <Textarea
          label={t('actions.resolveReason')}
          description={t('actions.resolveReasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          required
          maxLength={1000}
          autosize
          minRows={2}
        />
        {review ? (
          <Stack gap="xs">
            <Text size="sm">{t('actions.markPublishedHint')}</Text>
            <TextInput
              label={t('actions.permalink', { platform })}
              placeholder="https://"
              value={permalink}
              onChange={(e) => setPermalink(e.currentTarget.value)}
              error={errors.permalink}
              type="url"
            />
            <Group>
              <Button
                color="green"
                variant="light"
                onClick={markPublished}
                loading={resolve.isPending && resolve.variables?.action === 'mark_published'}
              >
                {t('actions.markPublished')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {canSendAgain ? (
          <Stack gap="xs">
            <Text size="sm">{t('actions.sendAgainHint')}</Text>
            <Group>
              <Button
                onClick={sendAgain}
                loading={resolve.isPending && resolve.variables?.action === 'send_again'}
              >
                {t('actions.sendAgain')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        <MutationError error={resolve.error} onReload={reload} />
      </Stack>
    </Card>
  );
}
