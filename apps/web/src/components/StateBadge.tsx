import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Every state a post can be in (DESIGN §5); the text comes from common:state.<state>. */
export const POST_STATES = [
  'draft',
  'scheduled',
  'queued',
  'preparing',
  'ready',
  'sending',
  'published',
  'retry_wait',
  'unknown',
  'reconciling',
  'needs_review',
  'failed',
  'cancelled',
] as const;
export type PostStateName = (typeof POST_STATES)[number];

/** One colour per state, shared by the post list, the post detail and the calendar. */
export const STATE_COLORS: Record<PostStateName, string> = {
  draft: 'gray',
  scheduled: 'blue',
  queued: 'cyan',
  preparing: 'cyan',
  ready: 'cyan',
  sending: 'indigo',
  published: 'green',
  retry_wait: 'yellow',
  unknown: 'orange',
  reconciling: 'orange',
  needs_review: 'orange',
  failed: 'red',
  cancelled: 'gray',
};

/** A post's state as a badge: colour AND words, never colour alone. */
export function StateBadge({ state, ...props }: { state: string } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  const known = (POST_STATES as readonly string[]).includes(state);
  const color = known ? STATE_COLORS[state as PostStateName] : 'gray';
  // The light variant's text is too pale on its tint (axe color-contrast, even at shade 9): darken it.
  return (
    <Badge variant="light" color={color} c={darkText(color)} radius="sm" {...props}>
      {known ? t(`state.${state}`) : state}
    </Badge>
  );
}

/** A colour's darkest shade, darker still: reads at 4.5:1 on its own light tint, keeping its hue. */
export function darkText(color: string): string {
  return `color-mix(in srgb, var(--mantine-color-${color}-9), black 40%)`;
}
