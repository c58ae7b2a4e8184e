import { RateLimiter, WindowView } from '../core/rate-limiter';
import { GraphRateBudget } from '../core/sandbox-profile';
import { SandboxStore } from '../core/sandbox-store';
import { GraphCaller } from './graph-auth';
import { graphFail } from './graph-errors';

const HOUR = 3600;

interface Budget {
  key: string;
  limit: number | null;
  code: number;
  message: string;
}

/**
 * Meta's rate limiting: usage headers that climb toward 100 (percent of the hourly budget) and,
 * at 100, an HTTP 400 with code 4/17/80001/80002, never a 429. The budgets are set by the profile
 * (`graphRate`); null means unlimited and the headers stay at 0.
 */
export class GraphUsage {
  constructor(
    private readonly store: SandboxStore,
    private readonly limiter: RateLimiter,
  ) {}

  track(caller: GraphCaller, now: number, igUserId: string | null): Record<string, string> {
    const pageId = caller.token.kind === 'page' ? caller.token.pageId : null;
    const budgets = budgetsFor(this.store.state.profile.graphRate, caller, pageId, igUserId);
    const views = budgets.map((b) =>
      b.limit === null ? null : this.limiter.view(b.key, b.limit, HOUR, now),
    );
    const blocked = budgets.findIndex((b, i) => b.limit !== null && views[i]!.count >= b.limit);
    if (blocked < 0) {
      budgets.forEach((b, i) => {
        if (b.limit !== null) {
          this.limiter.hit(b.key, HOUR, now);
          views[i]!.count += 1;
        }
      });
    }
    const headers = usageHeaders(budgets, views, now, pageId, igUserId);
    if (blocked >= 0) {
      const b = budgets[blocked];
      graphFail(
        this.store,
        { code: b.code, message: b.message, transient: b.code === 4 || b.code === 17 ? true : undefined },
        headers,
      );
    }
    return headers;
  }
}

/** The budgets a call counts against: the app's always, the user's (user token), the Page's, the IG account's. */
function budgetsFor(
  r: GraphRateBudget,
  caller: GraphCaller,
  pageId: string | null,
  igUserId: string | null,
): Budget[] {
  const budgets: Budget[] = [
    {
      key: `g:app:${caller.app.appId}`,
      limit: r.appCallsPerHour,
      code: 4,
      message: '(#4) Application request limit reached',
    },
  ];
  if (caller.token.kind === 'user') {
    budgets.push({
      key: `g:user:${caller.user.id}`,
      limit: r.userCallsPerHour,
      code: 17,
      message: '(#17) User request limit reached',
    });
  }
  if (pageId) {
    budgets.push({
      key: `g:page:${pageId}`,
      limit: r.pageCallsPerHour,
      code: 80001,
      message:
        '(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
    });
  }
  if (igUserId) {
    budgets.push({
      key: `g:ig:${igUserId}`,
      limit: r.instagramCallsPerHour,
      code: 80002,
      message:
        '(#80002) There have been too many calls to this Instagram account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
    });
  }
  return budgets;
}

/** x-app-usage from the app budget; x-business-use-case-usage for the Page and IG budgets. */
function usageHeaders(
  budgets: Budget[],
  views: Array<WindowView | null>,
  now: number,
  pageId: string | null,
  igUserId: string | null,
): Record<string, string> {
  const pct = (i: number): number => {
    const v = views[i];
    return v ? Math.min(100, Math.floor((v.count / v.limit) * 100)) : 0;
  };
  const regain = (i: number): number => {
    const v = views[i];
    return v && v.count >= v.limit ? Math.max(1, Math.ceil((v.resetAt - now) / 60_000)) : 0;
  };
  const usage = (i: number) => ({
    call_count: pct(i),
    total_cputime: Math.floor(pct(i) * 0.3),
    total_time: Math.floor(pct(i) * 0.4),
  });
  const headers: Record<string, string> = { 'x-app-usage': JSON.stringify(usage(0)) };
  const buc: Record<string, unknown[]> = {};
  budgets.forEach((b, i) => {
    if (b.code === 80001 && pageId)
      buc[pageId] = [{ type: 'pages', ...usage(i), estimated_time_to_regain_access: regain(i) }];
    if (b.code === 80002 && igUserId)
      buc[igUserId] = [{ type: 'instagram', ...usage(i), estimated_time_to_regain_access: regain(i) }];
  });
  if (Object.keys(buc).length) headers['x-business-use-case-usage'] = JSON.stringify(buc);
  return headers;
}
