import { HttpRouter } from '../core/http-router';
import { HttpResult, RequestContext, json } from '../core/http-types';
import { authenticateX } from './x-auth';
import { XDeps } from './x-deps';
import { fail, invalidParameter, resourceNotFound } from './x-problems';
import { USER_FIELDS, listParam, renderTweets, renderUser, tweetViewOptions } from './x-tweet-view';
import { emptyToUndefined } from './x-tweets.routes';

const ID = /^[0-9]{1,19}$/;

/** Users: `me` for follower counts, and the user timeline that reconciliation reads. */
export function registerXUserRoutes(router: HttpRouter, deps: XDeps): void {
  router.on('GET', '/2/users/me', (ctx) => getMe(deps, ctx));
  router.on('GET', '/2/users/by/username/:username', (ctx) => getUserByUsername(deps, ctx));
  router.on('GET', '/2/users/:id', (ctx) => getUserById(deps, ctx));
  router.on('GET', '/2/users/:id/tweets', (ctx) => getUserTweets(deps, ctx));
}

/** GET /2/users/me: the authenticated user. */
function getMe(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store, rate } = deps;
  const { token, user } = authenticateX(store, ctx, ['users.read']);
  const headers = rate.consume('users.me', user.id, token.clientId, ctx.now);
  const fields = listParam(ctx.query, 'user.fields', USER_FIELDS);
  return json(200, { data: renderUser(store, user.id, fields) }, emptyToUndefined(headers));
}

/** GET /2/users/by/username/:username: case-insensitive lookup. */
function getUserByUsername(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store, rate } = deps;
  const { token, user } = authenticateX(store, ctx, ['users.read']);
  const headers = rate.consume('users.lookup', user.id, token.clientId, ctx.now);
  const wanted = ctx.params.username.toLowerCase();
  const found = Object.values(store.state.x.users).find((u) => u.username.toLowerCase() === wanted);
  const fields = listParam(ctx.query, 'user.fields', USER_FIELDS);
  if (!found) return json(200, { errors: [resourceNotFound(ctx.params.username, 'user', 'username')] });
  return json(200, { data: renderUser(store, found.id, fields) }, emptyToUndefined(headers));
}

/** GET /2/users/:id */
function getUserById(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store, rate } = deps;
  const { token, user } = authenticateX(store, ctx, ['users.read']);
  const headers = rate.consume('users.lookup', user.id, token.clientId, ctx.now);
  const fields = listParam(ctx.query, 'user.fields', USER_FIELDS);
  if (!store.state.x.users[ctx.params.id])
    return json(200, { errors: [resourceNotFound(ctx.params.id, 'user', 'id')] });
  return json(200, { data: renderUser(store, ctx.params.id, fields) }, emptyToUndefined(headers));
}

/** The user timeline's query: page size, time and id bounds, exclusions and the pagination cursor. */
interface TimelineQuery {
  max: number;
  startTime: number | null;
  endTime: number | null;
  sinceId: bigint | null;
  untilId: bigint | null;
  exclude: string[];
  cursor: bigint | null;
}

/** GET /2/users/:id/tweets: newest first, paged with opaque `before:` tokens. */
function getUserTweets(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store, rate } = deps;
  const { token, user } = authenticateX(store, ctx, ['tweet.read', 'users.read']);
  const headers = rate.consume('users.tweets', user.id, token.clientId, ctx.now);
  const ownerId = ctx.params.id;
  if (!ID.test(ownerId))
    fail(
      invalidParameter(
        'id',
        ownerId,
        `The \`id\` query parameter value [${ownerId}] does not match ^[0-9]{1,19}$`,
      ),
    );
  if (!store.state.x.users[ownerId]) return json(200, { errors: [resourceNotFound(ownerId, 'user', 'id')] });
  const q = ctx.query;
  const query = timelineQuery(q);
  const { page, more } = timelinePage(deps, ownerId, query);
  const opts = tweetViewOptions(q, user.id, ctx.now, ctx.baseUrl);
  if (page.length === 0) return json(200, { meta: { result_count: 0 } }, emptyToUndefined(headers));
  const rendered = renderTweets(store, page, opts);
  const meta: Record<string, unknown> = {
    result_count: page.length,
    newest_id: page[0],
    oldest_id: page[page.length - 1],
  };
  if (more) meta.next_token = Buffer.from(`before:${page[page.length - 1]}`).toString('base64url');
  if (query.cursor !== null) meta.previous_token = Buffer.from(`after:${page[0]}`).toString('base64url');
  return json(200, { ...rendered, meta }, emptyToUndefined(headers));
}

/** Reads and checks the timeline's query parameters, in the order X reports them. */
function timelineQuery(q: URLSearchParams): TimelineQuery {
  const max = q.has('max_results') ? Number(q.get('max_results')) : 10;
  if (!Number.isInteger(max) || max < 5 || max > 100) {
    fail(
      invalidParameter(
        'max_results',
        String(q.get('max_results')),
        'The `max_results` query parameter value is not between 5 and 100',
      ),
    );
  }
  const startTime = timeParam(q, 'start_time');
  const endTime = timeParam(q, 'end_time');
  const sinceId = idParam(q, 'since_id');
  const untilId = idParam(q, 'until_id');
  const exclude = listParam(q, 'exclude', ['replies', 'retweets']);
  let cursor: bigint | null = null;
  const tokenParam = q.get('pagination_token');
  if (tokenParam) {
    const decoded = Buffer.from(tokenParam, 'base64url').toString('utf8');
    if (!/^before:\d{1,19}$/.test(decoded))
      fail(
        invalidParameter(
          'pagination_token',
          tokenParam,
          'The `pagination_token` query parameter value is invalid',
        ),
      );
    cursor = BigInt(decoded.slice(7));
  }
  return { max, startTime, endTime, sinceId, untilId, exclude, cursor };
}

/** The ids of one page of the owner's live tweets, newest first, and whether more follow. */
function timelinePage(deps: XDeps, ownerId: string, query: TimelineQuery): { page: string[]; more: boolean } {
  const { store } = deps;
  const { max, startTime, endTime, sinceId, untilId, exclude, cursor } = query;
  const timeline = store.timelineOf(ownerId);
  const page: string[] = [];
  let more = false;
  for (let i = timeline.length - 1; i >= 0; i--) {
    const t = store.state.x.tweets[timeline[i]];
    if (!t || t.deletedAt !== null) continue;
    const id = BigInt(t.id);
    if (cursor !== null && id >= cursor) continue;
    if (startTime !== null && t.createdAt < startTime) break; // ids are time-ordered: nothing older matches
    if (endTime !== null && t.createdAt > endTime) continue;
    if (sinceId !== null && id <= sinceId) break;
    if (untilId !== null && id >= untilId) continue;
    if (exclude.includes('replies') && t.inReplyToId !== null) continue;
    if (page.length === max) {
      more = true;
      break;
    }
    page.push(t.id);
  }
  return { page, more };
}

function timeParam(q: URLSearchParams, name: string): number | null {
  const v = q.get(name);
  if (v === null) return null;
  const ms = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(ms)) {
    fail(
      invalidParameter(
        name,
        v,
        `The \`${name}\` query parameter value [${v}] is not a valid RFC 3339 date-time`,
      ),
    );
  }
  return ms;
}

function idParam(q: URLSearchParams, name: string): bigint | null {
  const v = q.get(name);
  if (v === null) return null;
  if (!ID.test(v))
    fail(
      invalidParameter(name, v, `The \`${name}\` query parameter value [${v}] does not match ^[0-9]{1,19}$`),
    );
  return BigInt(v);
}
