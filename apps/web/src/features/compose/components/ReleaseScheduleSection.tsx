import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ScheduleForm } from '@web/components/ScheduleForm';
import { formatDateTime, zoneName } from '@web/lib/dates';
import { currentLanguage } from '@web/lib/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Draft } from '../api/types';
import type { ReleaseWorkflow } from '../hooks/useReleaseWorkflow';
import { ConflictNotice } from './ConflictNotice';

/** The release's posts already scheduled (or further on), each with its time and state. */
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

/** Schedule the drafts not yet scheduled, in the node's time zone. */
function ScheduleDrafts({
  count,
  zone,
  schedule,
  onReload,
}: {
  count: number;
  zone: string;
  schedule: ReleaseWorkflow['schedule'];
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" mb="sm">
        {t('schedule.intro', { count, zone: zoneName(zone) })}
      </Text>
      <ScheduleForm
        zone={zone}
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
      <ConflictNotice error={schedule.error} onReload={onReload} />
    </Paper>
  );
}

/**
 * Scheduling: the drafts to schedule once the release may go (or why it may not yet), then the posts
 * already scheduled.
 */
export function ReleaseScheduleSection({
  drafts,
  archived,
  schedulable,
  canSchedule,
  zone,
  schedule,
  onReload,
}: {
  drafts: Draft[];
  archived: boolean;
  schedulable: boolean;
  canSchedule: boolean;
  zone: string;
  schedule: ReleaseWorkflow['schedule'];
  onReload: () => void;
}) {
  const { t } = useTranslation(['compose', 'common']);
  const unscheduled = drafts.filter((d) => d.state === 'draft');
  const scheduled = drafts.filter((d) => d.state !== 'draft');
  return (
    <section aria-labelledby="schedule-heading">
      <Title order={2} size="h4" id="schedule-heading" mb="xs">
        {t('schedule.heading')}
      </Title>
      {schedulable && unscheduled.length ? (
        <ScheduleDrafts count={unscheduled.length} zone={zone} schedule={schedule} onReload={onReload} />
      ) : !schedulable && !archived ? (
        <Text size="sm" c="dimmed">
          {canSchedule ? t('schedule.afterApproval') : t('schedule.noPermission')}
        </Text>
      ) : null}
      {scheduled.length ? <ScheduledList posts={scheduled} zone={zone} /> : null}
    </section>
  );
}
