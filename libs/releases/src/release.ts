/** Where a release is in its approval workflow (DESIGN §4). */
export type ReleaseStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'archived';
export const RELEASE_STATUSES: readonly ReleaseStatus[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'archived',
];

export interface ReleaseMediaItem {
  assetId: string;
  position: number;
  altText: string | null;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  durationMs: number | null;
}

/** A release as use cases and the api see it. */
export interface Release {
  id: string;
  organizationId: string;
  /** Materialized path of the release's node, for scope checks. */
  organizationPath: string;
  authorId: string | null;
  title: string;
  body: string;
  linkUrl: string | null;
  language: 'id' | 'en';
  tags: string[];
  status: ReleaseStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
