import { Anchor, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarTime,
  IconCheck,
  IconClock,
  IconHistory,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '@web/components/StateBadge';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { PostAttempt, PostDetail } from '../api/types';

type PostHistoryEntry = NonNullable<PostDetail['history']>[number];
import { useErrorText } from '../lib/error-text';

interface Entry {
  key: string;
  at: string | null;
  title: string;
  icon: ReactNode;
  color?: string;
  body?: ReactNode;
}

/**
 * The post's life in order: when people scheduled or changed it, each send attempt with its outcome
 * and the platform's error in plain words, and where it is now (published with its link, or why not).
 */
export function PostTimeline({ post, zone }: { post: PostDetail; zone: string }) {
  const { t } = useTranslation('posts');
  const errorText = useErrorText();
  const lang = currentLanguage();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, zone, lang) : null);
  const platformName = t(`common:platform.${post.platform}`);

  const historyDetails = (h: PostHistoryEntry) => (
    <>
      {h.actorEmail ? (
        <Text size="xs" c="dimmed">
          {t('timeline.by', { who: h.actorEmail })}
        </Text>
      ) : null}
      {h.reason ? (
        <Text size="xs" c="dimmed">
          {t('timeline.reason', { reason: h.reason })}
        </Text>
      ) : null}
    </>
  );

  const entries: Entry[] = [];
  /** The history's record of reaching the current state, folded into the last entry. */
  let reachedNow: { at: string; body: ReactNode } | null = null;
  if (post.history?.length) {
    // The last entry says where the post is now; the history's record of reaching that same state
    // would say it twice ("Terbit", then "Terbit").
    const nowAction = `post.${post.state}`;
    const lastIndexOfNow = post.history.map((h) => h.action).lastIndexOf(nowAction);
    for (const [i, h] of post.history.entries()) {
      if (i === lastIndexOfNow && SHOWN_AS_NOW.has(post.state)) {
        reachedNow = { at: h.at, body: historyDetails(h) };
        continue;
      }
      entries.push({
        key: `h${i}`,
        at: h.at,
        title: t(`timeline.action.${h.action}`, { defaultValue: h.action }),
        icon: <IconHistory size={14} aria-hidden />,
        body: historyDetails(h),
      });
    }
  } else if (post.publishAt && post.state !== 'draft') {
    entries.push({
      key: 'scheduled',
      at: null,
      title: t('timeline.scheduledFor', { at: when(post.publishAt) }),
      icon: <IconCalendarTime size={14} aria-hidden />,
    });
  }
  const attempts = post.attempts ?? [];
  attempts.forEach((a, i) => {
    const failing = a.outcome === 'rejected' || a.outcome === 'unknown';
    // Attempts carry the platform's words only; the newest failing one is what the post's last error classifies.
    const errorClass = failing && i === lastFailing(attempts) && post.lastError ? post.lastError.class : null;
    entries.push({
      key: a.id,
      at: a.startedAt,
      title: t('timeline.attempt', {
        kind: t(`attemptKind.${a.kind}`, { n: a.part, defaultValue: a.kind }),
        outcome: t(`outcome.${a.outcome}`, { defaultValue: a.outcome }),
      }),
      icon: failing ? <IconAlertTriangle size={14} aria-hidden /> : <IconSend size={14} aria-hidden />,
      color: a.outcome === 'rejected' ? 'red' : a.outcome === 'unknown' ? 'orange' : undefined,
      body:
        failing && (errorClass || a.error) ? (
          <>
            {errorClass ? <Text size="sm">{errorText(errorClass)}</Text> : null}
            {a.error ? (
              <Text size="xs" c="dimmed">
                {t('timeline.platformSaid', { message: a.error })}
              </Text>
            ) : null}
          </>
        ) : undefined,
    });
  });
  entries.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  const now = current(post, t, when, platformName, errorText, attempts.length > 0);
  if (reachedNow) {
    const { at, body } = reachedNow;
    now.at ??= at;
    now.body = (
      <>
        {now.body}
        {body}
      </>
    );
  }
  entries.push(now);

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('timeline.heading')}
      </Title>
      <Timeline active={entries.length - 1} bulletSize={24} lineWidth={2}>
        {entries.map((e) => (
          <Timeline.Item
            key={e.key}
            bullet={e.icon}
            color={e.color}
            title={
              <Text fw={600} size="sm">
                {e.title}
              </Text>
            }
          >
            {e.at ? (
              <Text size="xs" c="dimmed">
                {when(e.at)}
              </Text>
            ) : null}
            {e.body}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** States whose last entry (with link, error or reason) stands in for the history's own record of them. */
const SHOWN_AS_NOW = new Set<string>(['published', 'failed', 'needs_review', 'cancelled']);

function lastFailing(attempts: PostAttempt[]): number {
  for (let i = attempts.length - 1; i >= 0; i--) {
    if (attempts[i]!.outcome === 'rejected' || attempts[i]!.outcome === 'unknown') return i;
  }
  return -1;
}

/** Where the post is now: the last entry of the timeline. */
function current(
  post: PostDetail,
  t: (key: string, options?: Record<string, unknown>) => string,
  when: (iso: string | null) => string | null,
  platformName: string,
  errorText: (cls: string) => string,
  attempted: boolean,
): Entry {
  const badge = <StateBadge state={post.state} />;
  const lastError =
    post.lastError && !attempted ? (
      <>
        <Text size="sm">{errorText(post.lastError.class)}</Text>
        {post.lastError.message ? (
          <Text size="xs" c="dimmed">
            {t('timeline.platformSaid', { message: post.lastError.message })}
          </Text>
        ) : null}
      </>
    ) : post.lastError ? (
      <Text size="sm">{errorText(post.lastError.class)}</Text>
    ) : null;
  switch (post.state) {
    case 'published':
      return {
        key: 'now',
        at: post.publishedAt,
        title: t('timeline.published'),
        color: 'green',
        icon: <IconCheck size={14} aria-hidden />,
        body: (
          <Stack gap={4}>
            {post.permalink ? (
              <Anchor href={post.permalink} target="_blank" rel="noopener noreferrer" size="sm">
                {t('timeline.openPermalink', { platform: platformName })}{' '}
                <Text span size="xs" c="dimmed">
                  {t('timeline.newTab')}
                </Text>
              </Anchor>
            ) : null}
            {post.lastError ? lastError : null}
          </Stack>
        ),
      };
    case 'failed':
    case 'needs_review':
      return {
        key: 'now',
        at: null,
        title: t(post.state === 'failed' ? 'timeline.failed' : 'timeline.needsReview'),
        color: post.state === 'failed' ? 'red' : 'orange',
        icon: <IconAlertTriangle size={14} aria-hidden />,
        body: (
          <Stack gap={4}>
            {badge}
            {lastError}
          </Stack>
        ),
      };
    case 'cancelled':
      return {
        key: 'now',
        at: null,
        title: t('timeline.cancelled'),
        color: 'gray',
        icon: <IconX size={14} aria-hidden />,
        body: badge,
      };
    case 'retry_wait':
    case 'unknown':
    case 'reconciling':
      return {
        key: 'now',
        at: null,
        title: t(post.state === 'retry_wait' ? 'timeline.retryWait' : 'timeline.checking'),
        color: 'yellow',
        icon: <IconClock size={14} aria-hidden />,
        body: (
          <Stack gap={4}>
            {badge}
            {lastError}
          </Stack>
        ),
      };
    case 'sending':
      return {
        key: 'now',
        at: null,
        title: t('timeline.sending'),
        icon: <IconSend size={14} aria-hidden />,
        body: badge,
      };
    case 'queued':
    case 'preparing':
    case 'ready':
      return {
        key: 'now',
        at: null,
        title: t('timeline.queued'),
        icon: <IconSend size={14} aria-hidden />,
        body: badge,
      };
    default:
      return {
        key: 'now',
        at: null,
        title: post.publishAt
          ? t('timeline.waiting')
          : t(`common:state.${post.state}`, { defaultValue: post.state }),
        icon: <IconClock size={14} aria-hidden />,
        body: (
          <Stack gap={4}>
            {badge}
            {post.publishAt ? (
              <Text size="sm">{t('timeline.scheduledFor', { at: when(post.publishAt) })}</Text>
            ) : null}
          </Stack>
        ),
      };
  }
}
