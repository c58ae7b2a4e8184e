import { ParseTweetOptions, extractUrlsWithIndices, parseTweet } from 'twitter-text';
import { BodyParseError, readJson } from '../core/http-body';
import { HttpRouter } from '../core/http-router';
import { RequestContext, json } from '../core/http-types';
import { XMedia, XTweet, XUrlEntity } from '../core/sandbox-state';
import { authenticateX } from './x-auth';
import { XDeps } from './x-deps';
import { duplicateContent, fail, forbidden, invalidParameter, invalidRequest } from './x-problems';
import { renderTweets, tweetViewOptions } from './x-tweet-view';

const ID = /^[0-9]{1,19}$/;

/** twitter-text's v3 configuration (its `configs` export is missing from the type definitions). */
const TWEET_V3: ParseTweetOptions = {
  version: 3,
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  transformedURLLength: 23,
  emojiParsingEnabled: true,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
};

/** POST/DELETE/GET /2/tweets: the X send call and the reads metrics and reconciliation use. */
export function registerXTweetRoutes(router: HttpRouter, deps: XDeps): void {
  const { store, rate } = deps;

  router.on('POST', '/2/tweets', (ctx) => createTweet(deps, ctx));

  router.on('DELETE', '/2/tweets/:id', (ctx) => {
    const { token, user } = authenticateX(store, ctx, ['tweet.write']);
    const headers = rate.consume('tweets.delete', user.id, token.clientId, ctx.now);
    const id = ctx.params.id;
    if (!ID.test(id))
      fail(
        invalidParameter('id', id, `The \`id\` query parameter value [${id}] does not match ^[0-9]{1,19}$`),
      );
    const t = store.state.x.tweets[id];
    // Deleting what is already gone is undocumented on X; `deleted:false` is one observed answer.
    if (!t || t.deletedAt !== null) return json(200, { data: { deleted: false } }, emptyToUndefined(headers));
    if (t.authorId !== user.id) fail(forbidden('You are not allowed to delete a Tweet you did not author.'));
    t.deletedAt = ctx.now;
    store.changed();
    return json(200, { data: { deleted: true } }, emptyToUndefined(headers));
  });

  router.on('GET', '/2/tweets/:id', (ctx) => {
    const { token, user } = authenticateX(store, ctx, ['tweet.read']);
    const headers = rate.consume('tweets.lookup', user.id, token.clientId, ctx.now);
    const id = ctx.params.id;
    if (!ID.test(id))
      fail(
        invalidParameter('id', id, `The \`id\` query parameter value [${id}] does not match ^[0-9]{1,19}$`),
      );
    const out = renderTweets(store, [id], tweetViewOptions(ctx.query, user.id, ctx.now, ctx.baseUrl));
    // The single lookup answers with one object, not a list.
    if (Array.isArray(out.data)) out.data = out.data[0];
    return json(200, out, emptyToUndefined(headers));
  });

  router.on('GET', '/2/tweets', (ctx) => {
    const { token, user } = authenticateX(store, ctx, ['tweet.read']);
    const headers = rate.consume('tweets.lookupMany', user.id, token.clientId, ctx.now);
    const raw = ctx.query.get('ids');
    if (!raw) fail(invalidParameter('ids', '', 'The `ids` query parameter can not be empty'));
    const ids = raw.split(',').map((s) => s.trim());
    if (ids.length > 100)
      fail(invalidParameter('ids', raw, 'The `ids` query parameter has more than 100 items'));
    for (const id of ids) {
      if (!ID.test(id))
        fail(
          invalidParameter(
            'ids',
            id,
            `The \`ids\` query parameter value [${id}] does not match ^[0-9]{1,19}$`,
          ),
        );
    }
    return json(
      200,
      renderTweets(store, ids, tweetViewOptions(ctx.query, user.id, ctx.now, ctx.baseUrl)),
      emptyToUndefined(headers),
    );
  });
}

/** POST /2/tweets: the X send call. */
function createTweet(deps: XDeps, ctx: RequestContext) {
  const { store, rate } = deps;
  const { token, user } = authenticateX(store, ctx, ['tweet.write']);
  const headers = rate.consume('tweets.create', user.id, token.clientId, ctx.now);
  rate.checkMonthlyCap(token.clientId, ctx.now);
  const body = parseBody(ctx);
  const { sentText, mediaIds } = checkedTextAndMedia(body, user.maxWeightedLength);
  const media = checkMedia(deps, mediaIds, user.id, ctx.now);
  const inReplyTo = replyTarget(deps, body);
  refuseDuplicate(deps, user.id, sentText, ctx.now);

  const id = store.ids.next('tweet');
  const { text: shown, urls } = wrapLinks(deps, sentText, media.length > 0, user.username, id, media[0]);
  const tweet: XTweet = {
    id,
    authorId: user.id,
    clientId: token.clientId,
    text: shown,
    sentText,
    urls,
    createdAt: ctx.now,
    mediaIds: media.map((m) => m.id),
    inReplyToId: inReplyTo?.id ?? null,
    inReplyToUserId: inReplyTo?.authorId ?? null,
    conversationId: inReplyTo?.conversationId ?? id,
    deletedAt: null,
  };
  store.addTweet(tweet);
  for (const m of media) m.usedInTweetIds.push(id);
  rate.recordPost(token.clientId, ctx.now);
  store.changed();
  return json(201, { data: { id, text: shown, edit_history_tweet_ids: [id] } }, emptyToUndefined(headers));
}

/** The text (NFC, within the user's weighted length) and media ids of a new tweet, or a 400. */
function checkedTextAndMedia(body: CreateTweetBody, max: number): { sentText: string; mediaIds: string[] } {
  const text = body.text;
  const mediaIds = body.media?.media_ids ?? [];
  if (text !== undefined && typeof text !== 'string')
    fail(invalidParameter('text', String(text), '$.text must be a string'));
  if (!Array.isArray(mediaIds) || mediaIds.some((m) => typeof m !== 'string')) {
    fail(
      invalidParameter(
        'media.media_ids',
        JSON.stringify(mediaIds),
        '$.media.media_ids must be an array of strings',
      ),
    );
  }
  if ((text === undefined || text === '') && mediaIds.length === 0) {
    fail(invalidRequest({ message: 'Tweet text or media is required.', parameters: { text: [text ?? ''] } }));
  }
  const sentText = (text ?? '').normalize('NFC');
  if (sentText) {
    const parsed = parseTweet(sentText, { ...TWEET_V3, maxWeightedTweetLength: max });
    if (parsed.weightedLength > max) {
      fail(
        invalidParameter(
          'text',
          sentText,
          `Text is too long: ${parsed.weightedLength} weighted characters, the maximum is ${max}.`,
        ),
      );
    }
    if (!parsed.valid)
      fail(invalidParameter('text', sentText, 'Text contains characters that are not allowed.'));
  }
  return { sentText, mediaIds: mediaIds as string[] };
}

/** The tweet a reply answers (null for a new thread), or a 400/403. */
function replyTarget(deps: XDeps, body: CreateTweetBody): XTweet | null {
  const { store } = deps;
  let inReplyTo: XTweet | null = null;
  const replyId = body.reply?.in_reply_to_tweet_id;
  if (replyId !== undefined) {
    if (typeof replyId !== 'string' || !ID.test(replyId)) {
      fail(
        invalidParameter(
          'reply.in_reply_to_tweet_id',
          String(replyId),
          'in_reply_to_tweet_id must be a tweet id',
        ),
      );
    }
    inReplyTo = store.state.x.tweets[replyId] ?? null;
    if (!inReplyTo || inReplyTo.deletedAt !== null) {
      fail(forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.'));
    }
  }
  return inReplyTo;
}

/** X refuses the same text from the same user within its duplicate window. */
function refuseDuplicate(deps: XDeps, userId: string, sentText: string, now: number): void {
  const { store } = deps;
  const window = store.state.profile.x.duplicateWindowSeconds;
  if (window > 0 && sentText) {
    const prev = store.lastTweetWithText(userId, sentText);
    if (
      prev &&
      now - prev.createdAt < window * 1000 &&
      (prev.deletedAt === null || store.state.profile.x.duplicateAfterDelete)
    ) {
      fail(duplicateContent());
    }
  }
}

interface CreateTweetBody {
  text?: unknown;
  media?: { media_ids?: unknown[] };
  reply?: { in_reply_to_tweet_id?: unknown };
}

function parseBody(ctx: RequestContext): CreateTweetBody {
  let body: unknown;
  try {
    body = readJson(ctx);
  } catch (e) {
    if (e instanceof BodyParseError) fail(invalidRequest({ message: e.message, parameters: {} }));
    throw e;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail(invalidRequest({ message: 'The request body must be a JSON object', parameters: {} }));
  }
  return body as CreateTweetBody;
}

/** X's media rules: ≤ 4 images, or exactly one GIF or video; ids must be the caller's, ready and unexpired. */
function checkMedia(deps: XDeps, ids: unknown[], userId: string, now: number): XMedia[] {
  if (ids.length === 0) return [];
  const list = ids as string[];
  const media: XMedia[] = [];
  for (const id of list) {
    const m = deps.store.state.x.media[id];
    if (!m || now >= m.expiresAt) {
      fail(invalidParameter('media.media_ids', id, `Your media IDs are invalid.`));
    }
    if (m.ownerId !== userId && !m.additionalOwners.includes(userId)) {
      fail(invalidParameter('media.media_ids', id, `Your media IDs are invalid.`));
    }
    if (m.finalizedAt === null || m.failure !== null || now < m.finalizedAt + m.processingSeconds * 1000) {
      fail(
        invalidParameter('media.media_ids', id, `Media id ${id} is not ready: processing has not succeeded.`),
      );
    }
    media.push(m);
  }
  const images = media.filter((m) => m.kind === 'image').length;
  const others = media.length - images;
  if (others > 0 && media.length > 1) {
    fail(
      invalidParameter(
        'media.media_ids',
        list.join(','),
        'A Tweet can have 1 GIF or video, and no other media.',
      ),
    );
  }
  if (images > 4) {
    fail(invalidParameter('media.media_ids', list.join(','), 'A Tweet can have at most 4 images.'));
  }
  if (new Set(list).size !== list.length) {
    fail(invalidParameter('media.media_ids', list.join(','), 'Duplicate media ids are not allowed.'));
  }
  return media;
}

/** X stores and returns text with every URL wrapped in t.co, plus a link to the attached media. */
function wrapLinks(
  deps: XDeps,
  text: string,
  hasMedia: boolean,
  username: string,
  tweetId: string,
  firstMedia: XMedia | undefined,
): { text: string; urls: XUrlEntity[] } {
  const urls: XUrlEntity[] = [];
  let out = '';
  let last = 0;
  if (text.includes('.')) {
    for (const u of extractUrlsWithIndices(text)) {
      const [s, e] = u.indices;
      out += text.slice(last, s);
      const tco = `https://t.co/${deps.store.ids.short('tco', 10)}`;
      const start = [...out].length;
      const expanded = /^https?:\/\//i.test(u.url) ? u.url : `http://${u.url}`;
      const display = expanded.replace(/^https?:\/\/(www\.)?/i, '');
      urls.push({
        start,
        end: start + tco.length,
        url: tco,
        expanded_url: expanded,
        display_url: display.length > 26 ? `${display.slice(0, 25)}…` : display,
      });
      out += tco;
      last = e;
    }
  }
  out += text.slice(last);
  if (hasMedia && firstMedia) {
    const tco = `https://t.co/${deps.store.ids.short('tco', 10)}`;
    if (out) out += ' ';
    const start = [...out].length;
    const kind = firstMedia.kind === 'video' ? 'video' : 'photo';
    urls.push({
      start,
      end: start + tco.length,
      url: tco,
      expanded_url: `https://x.com/${username}/status/${tweetId}/${kind}/1`,
      display_url: `pic.x.com/${tco.slice(13)}`,
    });
    out += tco;
  }
  return { text: out, urls };
}

export function emptyToUndefined(h: Record<string, string>): Record<string, string> | undefined {
  for (const _ in h) return h;
  return undefined;
}
