/**
 * Response types of the compose feature, written from what the running api returns (curl).
 * TODO: replace with components['schemas'][...] once schema.d.ts has response schemas.
 */
import type { Platform, ValidationReport } from '@warta/composer';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type ReleaseStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'archived';

export interface ReleaseMediaItem {
  assetId: string;
  altText: string | null;
  mime: string;
  bytes: number;
  width: number;
  height: number;
}

export interface Release {
  id: string;
  organizationId: string;
  authorId: string | null;
  title: string;
  body: string;
  link: string | null;
  language: 'id' | 'en';
  tags: string[];
  status: ReleaseStatus;
  version: number;
  media?: ReleaseMediaItem[];
  createdAt: string;
  updatedAt: string;
}

export interface Approval {
  id: string;
  releaseId: string;
  releaseVersion: number;
  step: number;
  decision: 'approved' | 'changes_requested' | string;
  comment: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface DecisionResult extends Release {
  approval: Approval | null;
}

export interface Account {
  id: string;
  organizationId: string;
  platform: Platform;
  handle: string;
  displayName: string;
  status: 'active' | 'needs_reconnect' | 'disconnected' | string;
}

export interface DraftMedia {
  id: string;
  source: 'asset' | 'rendition';
  assetId: string | null;
  purpose: 'original' | 'instagram_padded' | 'title_card';
  mediaKind: 'image' | 'video' | 'gif';
  mime: string;
  bytes: number;
  width: number;
  height: number;
  altText?: string;
  url: string;
}

export interface FactDifference {
  kind: string;
  value: string;
  start: number;
  end: number;
  path: string;
}

export interface Draft {
  id: string;
  releaseId: string;
  socialAccountId: string;
  account: { handle: string; displayName: string; status: string };
  platform: Platform;
  state: string;
  version: number;
  text: string;
  thread?: string[];
  firstComment?: string;
  hashtags: string[];
  mentions: string[];
  media: DraftMedia[];
  edited: boolean;
  publishAt: string | null;
  report: ValidationReport;
  factCheck: { consistent: boolean; differences: FactDifference[] };
  createdAt: string;
  updatedAt: string;
}

/** A post as POST /releases/:id/schedule answers it (libs/publishing PostView). */
export interface ScheduledPost {
  id: string;
  platform: Platform;
  state: string;
  version: number;
  publishAt: string | null;
  publishZone: string | null;
  account: { handle: string; displayName: string; status: string };
}

export interface MediaAsset {
  id: string;
  organizationId: string;
  kind: 'image' | 'video';
  mime: string;
  bytes: number;
  width: number;
  height: number;
  filename: string | null;
  publicUrl: string;
  deduplicated?: boolean;
}
