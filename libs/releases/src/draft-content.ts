import type { CompositionNote, MediaKind } from '@warta/composer';

/** A file a draft will carry: an uploaded asset as is, or a rendition made from it (or a title card). */
export interface DraftMediaRef {
  source: 'asset' | 'rendition';
  /** media_assets.id or media_renditions.id, per `source`. */
  id: string;
  /** The uploaded asset behind it; null for a title card. */
  assetId: string | null;
  purpose: 'original' | 'instagram_padded' | 'title_card';
  mediaKind: MediaKind;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  altText?: string;
}

/** posts.content: what the editor sees and changes, and what publishing will send. */
export interface DraftContent {
  text: string;
  thread?: string[];
  firstComment?: string;
  hashtags: string[];
  mentions: string[];
  media: DraftMediaRef[];
  /** Set once a person edits the draft: re-composing then leaves it alone. */
  edited: boolean;
  /**
   * What composing changed on the way from the release (caption cut, hashtags left out, title card):
   * part of the report while the draft is as composed; an edit makes them the editor's call.
   */
  notes?: CompositionNote[];
}
