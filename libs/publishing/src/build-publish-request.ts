import type { PublishRequest } from '@warta/connectors';
import type { MediaUrlSigner } from '@warta/media';
import type { PublishContent } from './publishing-posts.repository';

/**
 * posts.content -> what a connector sends. Media travel as signed URLs the platform (or our X
 * upload) fetches; the link is already in the composed text, so none is added. For an X thread the
 * first part is the post itself; the rest are follow-ups.
 */
export function buildPublishRequest(content: PublishContent, signer: MediaUrlSigner): PublishRequest {
  return {
    text: content.text,
    link: null,
    media: content.media.map((m) => ({
      kind: m.mediaKind,
      url: signer.sign(m.id, m.source === 'asset' ? 'original' : m.purpose).url,
      mime: m.mime,
      altText: m.altText ?? null,
    })),
  };
}

export interface FollowUpPlan {
  kind: 'thread_part' | 'first_comment';
  /** thread parts count from 1 (part 0 is the post); a first comment is 0. */
  partIndex: number;
  text: string;
}

/** The sends that come after the post, in order. */
export function followUpsOf(platform: string, content: PublishContent): FollowUpPlan[] {
  if (platform === 'x') {
    return (content.thread ?? [])
      .slice(1)
      .map((text, i) => ({ kind: 'thread_part' as const, partIndex: i + 1, text }))
      .filter((p) => p.text.trim().length > 0);
  }
  if (content.firstComment?.trim())
    return [{ kind: 'first_comment', partIndex: 0, text: content.firstComment }];
  return [];
}
