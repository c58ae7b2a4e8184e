import type { Problem } from '@warta/composer';
import type { Draft } from '../api/types';
import { FacebookPreview } from './FacebookPreview';
import { InstagramPreview } from './InstagramPreview';
import { XPreview, type PathHighlight } from './XPreview';

/** A draft as its platform shows it, with its first stored picture. */
export function DraftPreview({
  draft,
  content,
  problems,
  highlight,
}: {
  draft: Draft;
  /** The text shown: the draft's, or the edit in progress. */
  content: { text: string; thread?: string[] };
  problems: Problem[];
  highlight: PathHighlight | null;
}) {
  const first = draft.media[0];
  const image = first
    ? { url: first.url, width: first.width, height: first.height, alt: first.altText }
    : null;
  if (draft.platform === 'x')
    return (
      <XPreview
        account={draft.account}
        text={content.text}
        thread={content.thread}
        problems={problems}
        highlight={highlight}
        photo={image}
      />
    );
  if (draft.platform === 'facebook')
    return (
      <FacebookPreview account={draft.account} text={content.text} highlight={highlight} photo={image} />
    );
  return (
    <InstagramPreview
      account={draft.account}
      text={content.text}
      firstComment={draft.firstComment}
      highlight={highlight}
      image={image}
    />
  );
}
