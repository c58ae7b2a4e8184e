import type { OrganizationKind } from '@warta/core';

/** Who must approve a release of a node before it can be scheduled. */
export type ApprovalPolicy = 'none' | 'single_step' | 'two_step';
export const APPROVAL_POLICIES: readonly ApprovalPolicy[] = ['none', 'single_step', 'two_step'];

/** One node of the org tree (a row of `organizations`). */
export interface Organization {
  id: string;
  parentId: string | null;
  /** Materialized path of ids from the root, ending in this node's; a subtree is a path prefix. */
  path: string;
  depth: number;
  name: string;
  slug: string;
  kind: OrganizationKind;
  /** IANA zone, e.g. Asia/Jakarta: how this node's local times and days are read. */
  timezone: string;
  defaultHashtags: string[];
  /** Free-form jsonb edited by admins (brand colours, mentions...); read through a checking mapper. */
  settings: Record<string, unknown>;
  approvalPolicy: ApprovalPolicy;
  /** Minutes a post may be late before it needs a person; null = the configured default. */
  lateToleranceMinutes: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
