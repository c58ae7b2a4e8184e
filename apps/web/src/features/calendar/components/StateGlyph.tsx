import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleX,
  IconClock,
  IconLoader2,
  IconPencil,
  IconBan,
} from '@tabler/icons-react';
import type { StateGroup } from './calendar-events';

const GLYPHS = {
  draft: IconPencil,
  scheduled: IconClock,
  in_progress: IconLoader2,
  published: IconCircleCheck,
  attention: IconAlertTriangle,
  failed: IconCircleX,
  cancelled: IconBan,
} as const;

/** A shape per state group, so the state reads without telling colours apart. */
export function StateGlyph({ group, size = 12 }: { group: StateGroup; size?: number }) {
  const Glyph = GLYPHS[group];
  return <Glyph size={size} aria-hidden focusable={false} style={{ flex: 'none' }} />;
}
