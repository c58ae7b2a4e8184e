import { Group, RingProgress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const X_LIMIT = 280;
/** From here on X's own composer turns its ring orange. */
const NEAR = 260;

export type CounterState = 'ok' | 'near' | 'over';

export function counterState(used: number, limit = X_LIMIT): CounterState {
  return used > limit ? 'over' : used >= Math.min(NEAR, limit - 20) ? 'near' : 'ok';
}

const COLOUR: Record<CounterState, string> = { ok: 'blue', near: 'orange', over: 'red' };

/**
 * X's weighted count (twitter-text: a CJK character or an emoji weighs 2, a link 23) as a ring that
 * turns orange near the limit and red over it, with the number and a word beside it, never colour alone.
 */
export function XCounter({ used, limit = X_LIMIT }: { used: number; limit?: number }) {
  const { t } = useTranslation('compose');
  const state = counterState(used, limit);
  const label =
    state === 'over'
      ? t('counter.over', { used, limit, over: used - limit })
      : t('counter.within', { used, limit, left: limit - used });
  return (
    <Group gap={6} wrap="nowrap" data-counter-state={state} aria-label={label} role="img">
      <RingProgress
        size={34}
        thickness={4}
        roundCaps
        sections={[{ value: Math.min(100, (used / limit) * 100), color: COLOUR[state] }]}
        aria-hidden
      />
      <Text
        size="sm"
        fw={state === 'ok' ? 400 : 700}
        c={state === 'over' ? 'red.8' : state === 'near' ? 'orange.9' : 'dimmed'}
      >
        {used}/{limit}
      </Text>
    </Group>
  );
}
