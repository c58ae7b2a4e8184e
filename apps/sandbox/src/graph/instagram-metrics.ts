import { explicit, explicitInteractions, organicMetrics } from '../core/metrics-model';
import { SandboxStore } from '../core/sandbox-store';
import { IgMedia } from '../core/sandbox-state';

const IG_RATES = {
  reach: [0.5, 0.8],
  likes: [0.03, 0.08],
  comments: [0.002, 0.008],
  shares: [0.001, 0.004],
  saved: [0.002, 0.01],
  profile_visits: [0.002, 0.01],
  follows: [0, 0.002],
  replies: [0, 0.003],
  navigation: [0.1, 0.4],
} as const;

/** Instagram counts for one media: organic curve + explicit engagement + real comments. */
export function igMediaMetrics(store: SandboxStore, m: IgMedia, now: number): Record<string, number> {
  const account = store.state.graph.igAccounts[m.igUserId];
  const o = organicMetrics(
    {
      seed: store.state.seed,
      id: m.id,
      since: m.createdAt,
      until: Math.min(now, m.deletedAt ?? now),
      followers: account?.followers ?? 0,
      tauHours: m.productType === 'STORY' ? 3 : 12,
      autoGrowth: store.state.profile.metrics.autoGrowth,
    },
    IG_RATES,
  );
  const e = store.state.engagement[m.id];
  let realComments = 0;
  for (const id of m.commentIds) if (!store.state.graph.comments[id]?.deletedAt) realComments += 1;
  const likes = o.likes + explicit(e, 'likes');
  const comments = o.comments + explicit(e, 'comments') + realComments;
  const shares = o.shares + explicit(e, 'shares');
  const saved = o.saved + explicit(e, 'saves');
  const views = o.views + explicit(e, 'views') + explicitInteractions(e) + realComments;
  const reach = Math.min(views, o.reach + explicit(e, 'reach') + explicitInteractions(e) + realComments);
  const watchMs = 4000 + Math.floor(6000 * ((Number(m.id.slice(-4)) % 100) / 100));
  return {
    views,
    reach,
    likes,
    comments,
    shares,
    saved,
    total_interactions: likes + comments + shares + saved,
    profile_visits: o.profile_visits + explicit(e, 'profileClicks'),
    follows: o.follows + explicit(e, 'follows'),
    replies: o.replies + explicit(e, 'replies'),
    navigation: o.navigation,
    ig_reels_avg_watch_time: views > 0 ? watchMs : 0,
    ig_reels_video_view_total_time: views * watchMs,
  };
}
