import type { Platform, Problem } from '@warta/composer';
import { useRef, useState, type RefObject } from 'react';
import type { PlatformHighlight } from '../components/PreviewPanel';

export interface ComposeFieldRefs {
  title: RefObject<HTMLInputElement | null>;
  body: RefObject<HTMLTextAreaElement | null>;
  link: RefObject<HTMLInputElement | null>;
  hashtags: RefObject<HTMLInputElement | null>;
}

/**
 * A problem in a preview's report takes the editor to its place: the marked span in a preview, or
 * the field to change.
 */
export function useProblemFocus() {
  const [highlight, setHighlight] = useState<PlatformHighlight | null>(null);
  const refs: ComposeFieldRefs = {
    title: useRef<HTMLInputElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
    link: useRef<HTMLInputElement>(null),
    hashtags: useRef<HTMLInputElement>(null),
  };

  const onProblem = (platform: Platform, p: Problem) => {
    if (p.path?.startsWith('media[')) {
      const first = document.getElementById('media-alt-0');
      (first ?? document.getElementById('media-label'))?.focus();
      return;
    }
    if (p.code === 'HASHTAGS_DROPPED' || p.code === 'TOO_MANY_HASHTAGS')
      return refs.hashtags.current?.focus();
    if (p.code === 'LINK_NOT_CLICKABLE') return refs.link.current?.focus();
    if (p.code === 'LEAD_FROM_TITLE') return refs.title.current?.focus();
    if (p.path && p.start !== undefined && p.end !== undefined) {
      setHighlight({ platform, path: p.path, start: p.start, end: p.end });
      return;
    }
    refs.body.current?.focus();
  };

  return { refs, highlight, onProblem };
}
