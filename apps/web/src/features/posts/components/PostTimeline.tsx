import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import type { PostDetail } from '../api/types';
import { useErrorText } from '../lib/error-text';
import { timelineEntries } from './timeline-entries';

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

  const entries = timelineEntries(post, { t, when, platformName, errorText });

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
