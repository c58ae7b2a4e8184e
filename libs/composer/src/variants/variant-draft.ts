import type { MediaPlan, Platform } from '../composer.types';
import type { ProblemSpec } from '../validation/problem-catalogue';

/** A variant before validation: what a composer produced plus notes on what it had to change. */
export interface VariantDraft {
  platform: Platform;
  text: string;
  thread?: string[];
  hashtags: string[];
  mentions: string[];
  media: MediaPlan[];
  firstComment?: string;
  notes: ProblemSpec[];
}

export function hashtagsDroppedNote(dropped: readonly string[]): ProblemSpec[] {
  if (dropped.length === 0) return [];
  return [
    {
      code: 'HASHTAGS_DROPPED',
      severity: 'info',
      path: 'text',
      params: { count: dropped.length, tags: dropped.join(' ') },
    },
  ];
}
