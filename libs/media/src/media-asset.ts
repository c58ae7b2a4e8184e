/** The file types Warta accepts, as read from the bytes themselves. */
export type MediaMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'video/mp4';

/** An uploaded asset as the rest of Warta sees it (bytes as a number: files are far below 2^53). */
export interface MediaAsset {
  id: string;
  organizationId: string;
  storageKey: string;
  mime: MediaMime;
  kind: 'image' | 'video';
  bytes: number;
  width: number;
  height: number;
  durationMs: number | null;
  sha256: string;
  originalFilename: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export interface MediaRendition {
  id: string;
  organizationId: string;
  assetId: string | null;
  purpose: 'instagram_padded' | 'title_card';
  storageKey: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  sha256: string;
  createdAt: Date;
}
