import { Anchor, Stack, Text } from '@mantine/core';
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
import { StateBadge } from '@web/components/StateBadge';
import type { PostAttempt, PostDetail } from '../api/types';

type PostHistoryEntry = NonNullable<PostDetail['history']>[number];

/** One entry of the timeline: when, what, its bullet, and what more it says. */
export interface Entry {
  key: string;
  at: string | null;
  title: string;
  icon: ReactNode;
  color?: string;
  body?: ReactNode;
}

/** What building the entries needs from the screen: its words, times and error texts. */
export interface TimelineWords {
  t: (key: string, options?: Record<string, unknown>) => string;
  /** A time in the unit's zone, in the reader's language. */
  when: (iso: string | null) => string | null;
  platformName: string;
  errorText: (cls: string) => string;
}

/** States whose last entry (with link, error or reason) stands in for the history's own record of them. */
const SHOWN_AS_NOW = new Set<string>(['published', 'failed', 'needs_review', 'cancelled']);

/** The post's history, its send attempts, by time; then where it is now. */
export function timelineEntries(post: PostDetail, words: TimelineWords): Entry[] {
  const { entries, reachedNow } = historyEntries(post, words);
  const attempts = post.attempts ?? [];
  entries.push(...attemptEntries(post, attempts, words));
  entries.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  const now = current(post, words, attempts.length > 0);
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
  return entries;
}

/**
 * When people scheduled or changed the post (or, without a history, when it is scheduled for).
 * `reachedNow` is the history's record of reaching the current state, folded into the last entry.
 */
function historyEntries(
  post: PostDetail,
  { t, when }: TimelineWords,
): { entries: Entry[]; reachedNow: { at: string; body: ReactNode } | null } {
  const entries: Entry[] = [];
  let reachedNow: { at: string; body: ReactNode } | null = null;
  if (post.history?.length) {
    // The last entry says where the post is now; the history's record of reaching that same state
    // would say it twice ("Terbit", then "Terbit").
    const nowAction = `post.${post.state}`;
    const lastIndexOfNow = post.history.map((h) => h.action).lastIndexOf(nowAction);
    for (const [i, h] of post.history.entries()) {
      if (i === lastIndexOfNow && SHOWN_AS_NOW.has(post.state)) {
        reachedNow = { at: h.at, body: historyDetails(h, t) };
        continue;
      }
      entries.push({
        key: `h${i}`,
        at: h.at,
        title: t(`timeline.action.${h.action}`, { defaultValue: h.action }),
        icon: <IconHistory size={14} aria-hidden />,
        body: historyDetails(h, t),
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
  return { entries, reachedNow };
}

function historyDetails(h: PostHistoryEntry, t: TimelineWords['t']): ReactNode {
  return (
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
}

/** Each send attempt with its outcome, and for a failing one the error in plain words. */
function attemptEntries(post: PostDetail, attempts: PostAttempt[], { t, errorText }: TimelineWords): Entry[] {
  return attempts.map((a, i) => {
    const failing = a.outcome === 'rejected' || a.outcome === 'unknown';
    // Attempts carry the platform's words only; the newest failing one is what the post's last error classifies.
    const errorClass = failing && i === lastFailing(attempts) && post.lastError ? post.lastError.class : null;
    return {
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
    };
  });
}

function lastFailing(attempts: PostAttempt[]): number {
  for (let i = attempts.length - 1; i >= 0; i--) {
    if (attempts[i]!.outcome === 'rejected' || attempts[i]!.outcome === 'unknown') return i;
  }
  return -1;
}

/**
 * The post's last error in plain words; with the platform's own words too when no attempt on the
 * timeline already shows them.
 */
function lastErrorBody(post: PostDetail, { t, errorText }: TimelineWords, attempted: boolean): ReactNode {
  if (!post.lastError) return null;
  if (attempted) return <Text size="sm">{errorText(post.lastError.class)}</Text>;
  return (
    <>
      <Text size="sm">{errorText(post.lastError.class)}</Text>
      {post.lastError.message ? (
        <Text size="xs" c="dimmed">
          {t('timeline.platformSaid', { message: post.lastError.message })}
        </Text>
      ) : null}
    </>
  );
}

/** Where the post is now: the last entry of the timeline. */
function current(post: PostDetail, words: TimelineWords, attempted: boolean): Entry {
  const { t } = words;
  const badge = <StateBadge state={post.state} />;
  const lastError = lastErrorBody(post, words, attempted);
  const now = { key: 'now', at: null };
  const withError = (
    <Stack gap={4}>
      {badge}
      {lastError}
    </Stack>
  );
  switch (post.state) {
    case 'published':
      return publishedEntry(post, words, lastError);
    case 'failed':
    case 'needs_review':
      return {
        ...now,
        title: t(post.state === 'failed' ? 'timeline.failed' : 'timeline.needsReview'),
        color: post.state === 'failed' ? 'red' : 'orange',
        icon: <IconAlertTriangle size={14} aria-hidden />,
        body: withError,
      };
    case 'cancelled':
      return {
        ...now,
        title: t('timeline.cancelled'),
        color: 'gray',
        icon: <IconX size={14} aria-hidden />,
        body: badge,
      };
    case 'retry_wait':
    case 'unknown':
    case 'reconciling':
      return {
        ...now,
        title: t(post.state === 'retry_wait' ? 'timeline.retryWait' : 'timeline.checking'),
        color: 'yellow',
        icon: <IconClock size={14} aria-hidden />,
        body: withError,
      };
    case 'sending':
      return { ...now, title: t('timeline.sending'), icon: <IconSend size={14} aria-hidden />, body: badge };
    case 'queued':
    case 'preparing':
    case 'ready':
      return { ...now, title: t('timeline.queued'), icon: <IconSend size={14} aria-hidden />, body: badge };
    default:
      return waitingEntry(post, words, badge);
  }
}

/** Published: when, its link on the platform (a new tab), and any error met on the way. */
function publishedEntry(post: PostDetail, { t, platformName }: TimelineWords, lastError: ReactNode): Entry {
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
}

/** Not yet on its way: waiting for its time (and which), or its state's name. */
function waitingEntry(post: PostDetail, { t, when }: TimelineWords, badge: ReactNode): Entry {
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
