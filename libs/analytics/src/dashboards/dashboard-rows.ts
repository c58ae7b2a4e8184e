import { OrganizationKind, Platform } from '@warta/core';
import { ConsistencyStatus, KnownCounters, Totals } from './dashboard-types';

// The rows the dashboards' queries answer with (DashboardsRepository), before the service shapes them.

/** A node the caller may read, as the dashboards need it. */
export interface DashboardNode {
  id: string;
  path: string;
  name: string;
  kind: OrganizationKind;
  timezone: string;
}

export interface ChildRow {
  organizationId: string;
  name: string;
  slug: string;
  kind: OrganizationKind;
  totals: Totals;
  /** Platforms with any figure in the child's subtree over the range (what its sums are made of). */
  platforms: Platform[];
  followersStart: number | null;
  followersEnd: number | null;
}

export interface PostRow {
  postId: string;
  organizationId: string;
  organizationName: string;
  platform: Platform;
  publishedAt: Date;
  permalink: string | null;
  releaseId: string;
  releaseTitle: string;
  /** Latest cumulative counters; null where no snapshot of the post reported the figure. */
  counters: KnownCounters;
  followers: number | null;
}

/** A node's effective posting target on one platform and how the node kept to it. */
export interface ConsistencyTargetRow {
  organizationId: string;
  name: string;
  slug: string;
  kind: OrganizationKind;
  platform: Platform;
  count: number;
  /** The node whose target applies (the node itself, or for a unit the nearest ancestor with one). */
  sourceId: string;
  /** Posts the node published itself in each period asked for, in order. */
  perPeriod: number[];
  /** Over the periods that have ended: posts published and the target they add up to. */
  published: number;
  expected: number;
  status: ConsistencyStatus;
}

export type ConsistencySummary = {
  rows: number;
  nodes: number;
  /** Nodes behind on at least one platform (`behind` names the worst of them). */
  nodesBehind: number;
} & Record<ConsistencyStatus, number>;

export interface BehindNode {
  organizationId: string;
  name: string;
  platforms: Platform[];
}

export interface ConsistencyPage {
  rows: ConsistencyTargetRow[];
  summary: ConsistencySummary;
  /** The `behindShown` nodes furthest behind on some platform, worst first, their platforms worst first. */
  behind: BehindNode[];
}

export type TopPostSort = 'engagements' | 'views' | 'reach' | 'engagementRate';
