import { REACTION_TYPES, explicit, explicitInteractions, organicMetrics } from '../core/metrics-model';
import { SandboxStore } from '../core/sandbox-store';
import { FbPost } from '../core/sandbox-state';

const FB_RATES = {
  reach: [0.55, 0.8],
  like: [0.01, 0.04],
  love: [0.002, 0.01],
  care: [0, 0.001],
  wow: [0, 0.002],
  haha: [0, 0.002],
  sad: [0, 0.001],
  angry: [0, 0.0005],
  comments: [0.001, 0.005],
  shares: [0.0005, 0.003],
  clicks: [0.01, 0.04],
} as const;

export interface FbPostMetrics {
  views: number;
  reach: number;
  clicks: number;
  reactions: Record<string, number>;
  reactionsTotal: number;
  comments: number;
  shares: number;
}

/** Facebook counts: organic growth from when the post went live, explicit engagement, real comments. */
export function fbPostMetrics(store: SandboxStore, post: FbPost, now: number): FbPostMetrics {
  const page = store.state.graph.pages[post.pageId];
  const live = now >= post.publishAt && !post.unpublished;
  const o = organicMetrics(
    {
      seed: store.state.seed,
      id: post.id,
      since: post.publishAt,
      until: live ? Math.min(now, post.deletedAt ?? now) : post.publishAt,
      followers: page?.followers ?? 0,
      tauHours: 12,
      autoGrowth: store.state.profile.metrics.autoGrowth,
    },
    FB_RATES,
  );
  const e = store.state.engagement[post.id];
  const reactions: Record<string, number> = {};
  for (const type of REACTION_TYPES) {
    const extra = type === 'like' ? explicit(e, 'likes') : explicit(e, `reaction_${type}`);
    const v = (o[type] ?? 0) + extra;
    if (v > 0) reactions[type] = v;
  }
  let realComments = 0;
  for (const id of post.commentIds) if (!store.state.graph.comments[id]?.deletedAt) realComments += 1;
  const reactionsTotal = Object.values(reactions).reduce((a, b) => a + b, 0);
  const views = o.views + explicit(e, 'views') + explicitInteractions(e) + realComments;
  return {
    views,
    reach: Math.min(views, o.reach + explicit(e, 'reach') + explicitInteractions(e) + realComments),
    clicks: o.clicks + explicit(e, 'clicks'),
    reactions,
    reactionsTotal,
    comments: o.comments + explicit(e, 'comments') + realComments,
    shares: o.shares + explicit(e, 'shares'),
  };
}
