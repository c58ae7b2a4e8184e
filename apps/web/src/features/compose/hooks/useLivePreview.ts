import { composeRelease, type ComposeResult, type NodeSettingsSource } from '@warta/composer';
import type { Lang } from '@web/locales';
import { useEffect, useRef, useState } from 'react';
import { previewInput, type PreviewDraft } from '../preview/preview-input';

export interface LivePreview {
  result: ComposeResult | null;
  /** How long the last compose took (ms), for the keystroke budget (≤ 50 ms p95 on the seed release). */
  lastMs: number;
}

/**
 * Runs the composer in the browser on every change, at most once per animation frame: typing fast
 * composes only the latest text, and nothing goes over the network.
 */
export function useLivePreview(node: NodeSettingsSource, draft: PreviewDraft, lang: Lang): LivePreview {
  const [state, setState] = useState<LivePreview>({ result: null, lastMs: 0 });
  const frame = useRef<number | null>(null);
  const latest = useRef({ node, draft, lang });
  latest.current = { node, draft, lang };

  useEffect(() => {
    if (frame.current !== null) return;
    const run = () => {
      frame.current = null;
      const { node: n, draft: d, lang: l } = latest.current;
      if (!d.title.trim() && !d.body.trim()) {
        setState({ result: null, lastMs: 0 });
        return;
      }
      const started = performance.now();
      const result = composeRelease(previewInput(n, d, new Date()), l);
      setState({ result, lastMs: performance.now() - started });
    };
    frame.current = requestAnimationFrame(run);
  }, [node, draft, lang]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    },
    [],
  );
  return state;
}
