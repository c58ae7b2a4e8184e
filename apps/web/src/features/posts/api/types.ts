import type { components } from '@web/lib/api/schema';

type Schemas = components['schemas'];

/** The post screens' types: the api's own response schemas (schema.d.ts, generated from its OpenAPI). */
export type PostError = Schemas['PostErrorView'];
export type PostListItem = Schemas['PostListItemView'];
export type PostsPage = Schemas['PostPage'];
export type PostAttempt = Schemas['PostAttemptView'];
export type PostMetrics = Schemas['PostMetricsView'];
export type PostHistoryEntry = Schemas['PostHistoryEntryView'];
export type PostDetail = Schemas['PostDetailView'];

export interface PostFilter {
  organizationId: string;
  states: string[];
  platform: Schemas['Platform'] | null;
  from: string | null;
  to: string | null;
}
