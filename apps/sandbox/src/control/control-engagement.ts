import { ENGAGEMENT_KEYS, REACTION_TYPES } from '../core/metrics-model';
import { SandboxStore } from '../core/sandbox-store';
import { fbPostMetrics } from '../graph/facebook-metrics';
import { igMediaMetrics } from '../graph/instagram-metrics';
import { tweetMetrics } from '../x/x-metrics';
import { ControlError } from './control-input';

/** Adds explicit engagement to a post (any platform) or followers to an account. */
export function engage(store: SandboxStore, b: Record<string, unknown>): Record<string, unknown> {
  const s = store.state;
  const now = store.now();
  const target =
    typeof b.postId === 'string' ? b.postId : typeof b.accountId === 'string' ? b.accountId : null;
  if (!target) throw new ControlError('postId or accountId is required');
  const isAccount = typeof b.accountId === 'string';
  const e = (s.engagement[target] ??= {});
  const add = (key: string, v: unknown): void => {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw new ControlError(`${key} must be an integer >= 0`);
    e[key] = (e[key] ?? 0) + v;
  };
  if (isAccount) {
    if (!s.x.users[target] && !s.graph.pages[target] && !s.graph.igAccounts[target])
      throw new ControlError(`unknown account ${target}`);
    add('followers', b.followers);
    add('fans', b.fans);
    store.changed();
    return { accountId: target, engagement: e };
  }
  const platform = s.x.tweets[target]
    ? 'x'
    : s.graph.posts[target]
      ? 'facebook'
      : s.graph.igMedia[target]
        ? 'instagram'
        : null;
  if (!platform) throw new ControlError(`unknown post ${target}`);
  for (const k of ENGAGEMENT_KEYS) add(k, b[k]);
  if (b.reactions !== undefined) {
    if (typeof b.reactions !== 'object' || b.reactions === null)
      throw new ControlError('reactions must be an object');
    for (const [type, v] of Object.entries(b.reactions as Record<string, unknown>)) {
      if (!(REACTION_TYPES as readonly string[]).includes(type))
        throw new ControlError(`unknown reaction ${type}`);
      add(type === 'like' ? 'likes' : `reaction_${type}`, v);
    }
  }
  store.changed();
  const metrics =
    platform === 'x'
      ? tweetMetrics(store, s.x.tweets[target], now)
      : platform === 'facebook'
        ? fbPostMetrics(store, s.graph.posts[target], now)
        : igMediaMetrics(store, s.graph.igMedia[target], now);
  return { postId: target, platform, engagement: e, metrics };
}
