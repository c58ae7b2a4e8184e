import { truncateToFit } from '../text/boundary-truncator';
import { protectedSpans } from '../text/protected-spans';
import type { Sentence } from '../text/sentence-splitter';
import type { ProblemSpec } from '../validation/problem-catalogue';

export interface BodyFit {
  body: string;
  notes: ProblemSpec[];
}

/**
 * The longest opening of `body` that keeps the post within its limit, in whole sentences (original
 * line breaks kept), so a caption stops at a full stop rather than mid-thought. Only when even the
 * first sentence is too long is it cut at a clause or word boundary with "…".
 */
export function fitBodyBySentences(
  body: string,
  sentences: readonly Sentence[],
  fits: (body: string) => boolean,
  limit: number,
): BodyFit {
  if (fits(body)) return { body, notes: [] };
  const total = sentences.length;
  let lo = 0;
  let hi = total - 1;
  let kept = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(body.slice(0, sentences[mid].end))) {
      kept = mid + 1;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const note = (k: number): ProblemSpec[] => [
    { code: 'CAPTION_TRUNCATED', severity: 'info', path: 'text', params: { limit, kept: k, total } },
  ];
  if (kept > 0) return { body: body.slice(0, sentences[kept - 1].end), notes: note(kept) };
  const first = sentences[0]?.text ?? body;
  const cut =
    truncateToFit(first, fits, { protectedSpans: protectedSpans(first) }) ?? truncateToFit(first, fits);
  return { body: cut?.text ?? '', notes: note(0) };
}
