import { explicit, explicitInteractions, organicMetrics } from '../core/metrics-model';
import { SandboxStore } from '../core/sandbox-store';
import { XTweet } from '../core/sandbox-state';

const X_RATES = {
  likes: [0.01, 0.05],
  retweets: [0.002, 0.01],
  replies: [0.001, 0.006],
  quotes: [0.0005, 0.002],
  bookmarks: [0.001, 0.005],
  clicks: [0.004, 0.02],
  profileClicks: [0.002, 0.01],
} as const;

export interface XTweetMetrics {
  public_metrics: {
    retweet_count: number;
    reply_count: number;
    like_count: number;
    quote_count: number;
    bookmark_count: number;
    impression_count: number;
  };
  non_public_metrics: { impression_count: number; url_link_clicks: number; user_profile_clicks: number };
  organic_metrics: {
    impression_count: number;
    like_count: number;
    reply_count: number;
    retweet_count: number;
    url_link_clicks: number;
    user_profile_clicks: number;
  };
}

/** X metrics are near real time: a short growth curve, explicit engagement, and real replies. */
export function tweetMetrics(store: SandboxStore, t: XTweet, now: number): XTweetMetrics {
  const author = store.state.x.users[t.authorId];
  const o = organicMetrics(
    {
      seed: store.state.seed,
      id: t.id,
      since: t.createdAt,
      until: Math.min(now, t.deletedAt ?? now),
      followers: author?.followers ?? 0,
      tauHours: 3,
      autoGrowth: store.state.profile.metrics.autoGrowth,
    },
    X_RATES,
  );
  const e = store.state.engagement[t.id];
  let realReplies = 0;
  for (const id of store.repliesTo(t.id)) if (!store.state.x.tweets[id]?.deletedAt) realReplies += 1;
  const likes = o.likes + explicit(e, 'likes');
  const retweets = o.retweets + explicit(e, 'retweets') + explicit(e, 'shares');
  const replies = o.replies + explicit(e, 'replies') + explicit(e, 'comments') + realReplies;
  const quotes = o.quotes + explicit(e, 'quotes');
  const bookmarks = o.bookmarks + explicit(e, 'bookmarks') + explicit(e, 'saves');
  const impressions = o.views + explicit(e, 'views') + explicitInteractions(e) + realReplies;
  const clicks = o.clicks + explicit(e, 'clicks');
  const profileClicks = o.profileClicks + explicit(e, 'profileClicks');
  return {
    public_metrics: {
      retweet_count: retweets,
      reply_count: replies,
      like_count: likes,
      quote_count: quotes,
      bookmark_count: bookmarks,
      impression_count: impressions,
    },
    non_public_metrics: {
      impression_count: impressions,
      url_link_clicks: clicks,
      user_profile_clicks: profileClicks,
    },
    organic_metrics: {
      impression_count: impressions,
      like_count: likes,
      reply_count: replies,
      retweet_count: retweets,
      url_link_clicks: clicks,
      user_profile_clicks: profileClicks,
    },
  };
}
