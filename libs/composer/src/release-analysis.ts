import type { Language } from '@warta/core';
import type { ComposeInput, NodeSettings, ReleaseMedia } from './composer.types';
import { ReleaseFactIndex } from './facts/release-fact-index';
import { mergeHashtags } from './hashtags/hashtag-normaliser';
import { detectDateline, type Dateline } from './text/dateline';
import { readEventDate } from './text/event-date';
import { splitSentences, type Sentence } from './text/sentence-splitter';
import { collapseWhitespace, normaliseText } from './text/text-normaliser';

/**
 * Everything the three variant composers need from a release, computed once: normalised text, the
 * dateline, sentences with and without it, merged hashtags and the fact index used to check drafts.
 */
export interface ReleaseAnalysis {
  title: string;
  /** Normalised body, dateline included. */
  body: string;
  bodySentences: Sentence[];
  dateline: Dateline | null;
  /** The body from where the news starts (dateline removed). */
  story: string;
  storySentences: Sentence[];
  link?: string;
  hashtags: string[];
  media: ReleaseMedia[];
  language: Language;
  publishedAt?: string;
  eventDate?: string;
  node: NodeSettings;
  facts: ReleaseFactIndex;
}

export function analyseRelease(input: ComposeInput): ReleaseAnalysis {
  const { release, node } = input;
  const title = collapseWhitespace(release.title ?? '');
  const body = normaliseText(release.body ?? '');
  const dateline = detectDateline(body);
  const story = dateline ? body.slice(dateline.storyStart) : body;
  const link = release.link?.trim() || undefined;
  const bodySentences = splitSentences(body);
  return {
    title,
    body,
    bodySentences,
    dateline,
    story,
    // Same sentences as the body's, shifted: splitting twice would cost a second pass for nothing.
    storySentences: dateline ? shiftSentences(bodySentences, dateline.storyStart, story) : bodySentences,
    link,
    hashtags: mergeHashtags(node.defaultHashtags, release.hashtags),
    media: release.media ?? [],
    language: release.language ?? 'id',
    publishedAt: release.publishedAt,
    // The day of the event, not of the release: set by the editor, else read from the opening.
    eventDate: release.eventDate ?? readEventDate(story, release.publishedAt, node.timezone) ?? undefined,
    node,
    facts: new ReleaseFactIndex({ title, body, link }),
  };
}

function shiftSentences(sentences: Sentence[], offset: number, story: string): Sentence[] {
  return sentences
    .map((s) => ({ ...s, start: Math.max(0, s.start - offset), end: s.end - offset }))
    .filter((s) => s.end > s.start)
    .map((s) => ({ ...s, text: story.slice(s.start, s.end) }));
}
