import { hashtagsNotInText } from '../hashtags/hashtag-normaliser';
import { pickHashtagsThatFit } from '../hashtags/hashtag-picker';
import { applyMentions } from '../mentions/mention-applier';
import { X_LIMITS } from '../platform-limits';
import type { ReleaseAnalysis } from '../release-analysis';
import { hardTruncate, truncateToFit } from '../text/boundary-truncator';
import { protectedSpans } from '../text/protected-spans';
import { splitSentences, type Sentence } from '../text/sentence-splitter';
import { joinBlocks } from '../text/text-normaliser';
import { fitsInTweet, weightedLength } from '../text/tweet-length';
import type { ProblemSpec } from '../validation/problem-catalogue';
import { hashtagsDroppedNote } from './variant-draft';

export interface XThread {
  parts: string[];
  hashtags: string[];
  mentions: string[];
  notes: ProblemSpec[];
}

interface Unit {
  text: string;
  paragraph: number;
}

/**
 * The whole story as a numbered thread. Decisions: the counter is a prefix ("1/4 ") so the order is
 * visible before anything else and never collides with a trailing link; the link goes in the first
 * part, which is the one shown in timelines and gets the clicks; hashtags join the first part if
 * they fit, else the last. Parts break between sentences; a sentence too long for one part (a long
 * quotation) is split at a clause or word boundary, ending the part with "…".
 */
export function composeXThread(analysis: ReleaseAnalysis): XThread {
  const mentioned = applyMentions(analysis.story, 'x', analysis.node.mentions);
  const sentences =
    mentioned.text === analysis.story ? analysis.storySentences : splitSentences(mentioned.text);
  const link = analysis.link;
  const candidates = hashtagsNotInText(analysis.hashtags, mentioned.text);
  // Room for the tags is kept in the first part while packing, so they are not squeezed out later.
  const reserved = candidates.slice(0, X_LIMITS.maxHashtags).join(' ');
  // Start from an estimate of the part count so a long story is not packed twice.
  let digits = String(Math.max(1, Math.ceil(weightedLength(mentioned.text) / 240))).length;
  let packed = pack(toUnits(sentences, link, digits), link, digits, reserved);
  while (String(packed.length).length > digits) {
    digits = String(packed.length).length;
    packed = pack(toUnits(sentences, link, digits), link, digits, reserved);
  }
  if (packed.length === 0) packed = [analysis.title];
  const parts = packed.map((content, i) => renderPart(content, i, packed.length, i === 0 ? link : undefined));
  const tags = attachHashtags(parts, candidates);
  const mentions = mentioned.mentions.filter((handle) => parts.some((part) => part.includes(handle)));
  return { parts, hashtags: tags.chosen, mentions, notes: hashtagsDroppedNote(tags.dropped) };
}

function renderPart(content: string, index: number, total: number, link: string | undefined): string {
  const counter = total > 1 ? `${index + 1}/${total} ` : '';
  return joinBlocks([counter + content, link]);
}

/** A worst-case counter of the given width ("99/99 ") so a part that fits now still fits once numbered. */
function placeholderFits(content: string, digits: number, link: string | undefined, tags = ''): boolean {
  const nines = '9'.repeat(digits);
  return fitsInTweet(joinBlocks([`${nines}/${nines} ${content}`, link, tags]));
}

function toUnits(sentences: Sentence[], link: string | undefined, digits: number): Unit[] {
  const fits = (text: string) => placeholderFits(text, digits, link);
  return sentences.flatMap((s) =>
    fits(s.text)
      ? [{ text: s.text, paragraph: s.paragraph }]
      : splitLong(s.text, fits).map((text) => ({ text, paragraph: s.paragraph })),
  );
}

/**
 * Cuts an over-long sentence into pieces that fit, each but the last ending with "…". Pieces are
 * balanced: a greedy cut would leave a stub such as "Kanwil Kemenkumham Bengkulu." alone in a part.
 */
function splitLong(sentence: string, fits: (text: string) => boolean): string[] {
  const greedy = cutIntoPieces(sentence, fits);
  if (greedy.length < 2) return greedy;
  const share = Math.ceil(weightedLength(sentence) / greedy.length) + BALANCE_SLACK;
  const balanced = cutIntoPieces(sentence, (text) => weightedLength(text) <= share && fits(text));
  return balanced.length === greedy.length ? balanced : greedy;
}

const BALANCE_SLACK = 24;

function cutIntoPieces(sentence: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > 0 && !fits(rest)) {
    const cut =
      truncateToFit(rest, fits, { protectedSpans: protectedSpans(rest) }) ??
      // A quotation longer than a post has to be broken somewhere; keep names and numbers whole.
      truncateToFit(rest, fits, { protectedSpans: protectedSpans(rest, { quotes: false }) }) ??
      // Only a "word" longer than a whole post gets here (a pasted token, not prose).
      hardTruncate(rest, fits);
    if (!cut) break;
    pieces.push(cut.text);
    rest = rest.slice(cut.cutAt).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

function pack(units: Unit[], link: string | undefined, digits: number, reservedTags: string): string[] {
  const parts: string[] = [];
  let current = '';
  let paragraph = -1;
  const reserve =
    units.length > 0 && placeholderFits(units[0].text, digits, link, reservedTags) ? reservedTags : '';
  for (const unit of units) {
    const separator = unit.paragraph === paragraph ? ' ' : '\n\n';
    const candidate = current ? current + separator + unit.text : unit.text;
    const first = parts.length === 0;
    if (!current || placeholderFits(candidate, digits, first ? link : undefined, first ? reserve : '')) {
      current = candidate;
    } else {
      parts.push(current);
      current = unit.text;
    }
    paragraph = unit.paragraph;
  }
  if (current) parts.push(current);
  return parts;
}

function attachHashtags(parts: string[], candidates: string[]): { chosen: string[]; dropped: string[] } {
  if (parts.length === 0 || candidates.length === 0) return { chosen: [], dropped: [] };
  for (const index of parts.length > 1 ? [0, parts.length - 1] : [0]) {
    const result = pickHashtagsThatFit(candidates, (tags) =>
      fitsInTweet(joinBlocks([parts[index], tags.join(' ')])),
    );
    if (result.chosen.length > 0) {
      parts[index] = joinBlocks([parts[index], result.chosen.join(' ')]);
      return result;
    }
  }
  return { chosen: [], dropped: [...candidates] };
}
