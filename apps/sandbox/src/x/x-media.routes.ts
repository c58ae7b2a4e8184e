import { BodyParseError, contentTypeOf, readJson, readMultipart } from '../core/http-body';
import { HttpRouter } from '../core/http-router';
import { RequestContext, json } from '../core/http-types';
import { inspectImage, looksLikeGif, looksLikeMp4 } from '../core/media-inspector';
import { XMedia, XMediaKind } from '../core/sandbox-state';
import { XCaller, authenticateX } from './x-auth';
import { XDeps } from './x-deps';
import { fail, invalidParameter, invalidRequest } from './x-problems';
import { emptyToUndefined } from './x-tweets.routes';

const MEDIA_TYPES = [
  'image/jpeg',
  'image/pjpeg',
  'image/png',
  'image/webp',
  'image/bmp',
  'image/gif',
  'video/mp4',
  'video/quicktime',
  'video/webm',
];
const CATEGORIES = [
  'tweet_image',
  'tweet_gif',
  'tweet_video',
  'amplify_video',
  'dm_image',
  'dm_gif',
  'dm_video',
];
const MAX_BYTES: Record<XMediaKind, number> = {
  image: 5 * 1024 * 1024,
  gif: 15 * 1024 * 1024,
  video: 512 * 1024 * 1024,
};
const KEY_PREFIX: Record<XMediaKind, string> = { image: '3', gif: '16', video: '7' };

type MediaCaller = (ctx: RequestContext) => { c: XCaller; headers: Record<string, string> };

/**
 * v2 chunked upload (initialize → append → finalize → STATUS) and alt text. GIF and video
 * processing runs on the virtual clock: pending, then in_progress, then succeeded, or failed when
 * the bytes are not what the media type claims.
 */
export function registerXMediaRoutes(router: HttpRouter, deps: XDeps): void {
  const { store, rate } = deps;
  const caller: MediaCaller = (ctx) => {
    const c = authenticateX(store, ctx, ['media.write']);
    return { c, headers: rate.consume('media.upload', c.user.id, c.token.clientId, ctx.now) };
  };
  registerInitializeRoute(router, deps, caller);
  registerAppendRoute(router, deps, caller);
  registerFinalizeRoute(router, deps, caller);
  registerStatusRoutes(router, deps, caller);
}

/** initialize: declares the type, size and category of an upload. */
function registerInitializeRoute(router: HttpRouter, deps: XDeps, caller: MediaCaller): void {
  const { store } = deps;

  router.on('POST', '/2/media/upload/initialize', (ctx) => {
    const { c, headers } = caller(ctx);
    const body = objectBody(ctx);
    const mediaType = String(body.media_type ?? '');
    const totalBytes = Number(body.total_bytes);
    const category = body.media_category === undefined ? null : String(body.media_category);
    if (!MEDIA_TYPES.includes(mediaType)) {
      fail(invalidParameter('media_type', mediaType, `media_type must be one of ${MEDIA_TYPES.join(', ')}`));
    }
    if (category !== null && !CATEGORIES.includes(category)) {
      fail(
        invalidParameter(
          'media_category',
          category,
          `media_category must be one of ${CATEGORIES.join(', ')}`,
        ),
      );
    }
    const kind = kindOf(mediaType, category);
    if (!Number.isInteger(totalBytes) || totalBytes < 1) {
      fail(
        invalidParameter('total_bytes', String(body.total_bytes), 'total_bytes must be a positive integer'),
      );
    }
    if (totalBytes > MAX_BYTES[kind]) {
      fail(
        invalidParameter(
          'total_bytes',
          String(totalBytes),
          `File size exceeds ${MAX_BYTES[kind]} bytes for ${kind} media.`,
        ),
      );
    }
    const owners = Array.isArray(body.additional_owners) ? body.additional_owners.map(String) : [];
    const id = store.ids.next('xMedia');
    const expiresAfter = store.state.profile.x.mediaExpiresAfterSeconds;
    const media: XMedia = {
      id,
      mediaKey: `${KEY_PREFIX[kind]}_${id}`,
      ownerId: c.user.id,
      additionalOwners: owners,
      mediaType,
      category: category ?? `tweet_${kind}`,
      kind,
      totalBytes,
      segments: {},
      createdAt: ctx.now,
      expiresAt: ctx.now + expiresAfter * 1000,
      finalizedAt: null,
      processingSeconds: kind === 'image' ? 0 : store.state.profile.x.mediaProcessingSeconds,
      failure: null,
      width: null,
      height: null,
      altText: null,
      usedInTweetIds: [],
    };
    store.state.x.media[id] = media;
    store.changed();
    return json(
      200,
      { data: { id, media_key: media.mediaKey, expires_after_secs: expiresAfter } },
      emptyToUndefined(headers),
    );
  });
}

/** append: one chunk of the bytes, by segment index. */
function registerAppendRoute(router: HttpRouter, deps: XDeps, caller: MediaCaller): void {
  const { store } = deps;

  router.on('POST', '/2/media/upload/:id/append', (ctx) => {
    const { c, headers } = caller(ctx);
    const media = ownMedia(deps, ctx.params.id, c.user.id, ctx.now);
    if (media.finalizedAt !== null)
      fail(invalidParameter('id', media.id, 'This media has already been finalized.'));
    let segment: number;
    let chunk: Buffer;
    if (contentTypeOf(ctx).startsWith('multipart/form-data')) {
      const parts = multipart(ctx);
      const media = parts.find((p) => p.name === 'media');
      const index = parts.find((p) => p.name === 'segment_index');
      if (!media)
        fail(
          invalidRequest({ message: 'The multipart part `media` is required.', parameters: { media: [] } }),
        );
      segment = Number(index?.data.toString('utf8') ?? '0');
      chunk = Buffer.from(media.data);
    } else {
      const body = objectBody(ctx);
      if (typeof body.media !== 'string')
        fail(invalidRequest({ message: '`media` (base64) is required.', parameters: { media: [] } }));
      segment = Number(body.segment_index ?? 0);
      chunk = Buffer.from(body.media, 'base64');
    }
    if (!Number.isInteger(segment) || segment < 0 || segment > 999) {
      fail(
        invalidParameter(
          'segment_index',
          String(segment),
          'segment_index must be an integer between 0 and 999',
        ),
      );
    }
    let chunks = store.uploadChunks.get(media.id);
    if (!chunks) store.uploadChunks.set(media.id, (chunks = new Map()));
    chunks.set(segment, chunk);
    media.segments[String(segment)] = chunk.length;
    store.changed();
    return json(200, { data: { expires_at: Math.floor(media.expiresAt / 1000) } }, emptyToUndefined(headers));
  });
}

/** finalize: assembles the chunks, checks the bytes, starts processing. */
function registerFinalizeRoute(router: HttpRouter, deps: XDeps, caller: MediaCaller): void {
  const { store } = deps;

  router.on('POST', '/2/media/upload/:id/finalize', async (ctx) => {
    const { c, headers } = caller(ctx);
    const media = ownMedia(deps, ctx.params.id, c.user.id, ctx.now);
    if (media.finalizedAt === null) {
      const received = Object.values(media.segments).reduce((a, b) => a + b, 0);
      if (received !== media.totalBytes) {
        fail(
          invalidParameter(
            'total_bytes',
            String(media.totalBytes),
            `Segments do not add up to provided total file size (received ${received} of ${media.totalBytes} bytes).`,
          ),
        );
      }
      const chunks = store.uploadChunks.get(media.id) ?? new Map<number, Buffer>();
      const data = Buffer.concat([...chunks.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b));
      store.uploadChunks.delete(media.id);
      if (media.kind === 'image') {
        const info = await inspectImage(data);
        if (!info)
          fail(
            invalidParameter('media', media.id, 'Invalid or Unsupported media, Reason: UnsupportedMedia.'),
          );
        media.width = info.width;
        media.height = info.height;
      } else if (media.kind === 'gif' ? !looksLikeGif(data) : !looksLikeMp4(data)) {
        media.failure = media.kind === 'gif' ? 'Unsupported GIF format' : 'Unsupported video format';
      } else if (media.kind === 'gif') {
        const info = await inspectImage(data);
        media.width = info?.width ?? null;
        media.height = info?.height ?? null;
      }
      store.blobs.put(`x-${media.id}`, { mime: media.mediaType, data });
      media.finalizedAt = ctx.now;
      store.changed();
    }
    return json(200, { data: statusBody(media, ctx.now, true) }, emptyToUndefined(headers));
  });
}

/** STATUS of an upload, and alt text (metadata) for an uploaded media. */
function registerStatusRoutes(router: HttpRouter, deps: XDeps, caller: MediaCaller): void {
  const { store, rate } = deps;

  router.on('GET', '/2/media/upload', (ctx) => {
    const { c, headers } = caller(ctx);
    const command = ctx.query.get('command');
    if (command !== 'STATUS') fail(invalidParameter('command', String(command), 'command must be STATUS'));
    const id = ctx.query.get('media_id') ?? '';
    const media = ownMedia(deps, id, c.user.id, ctx.now);
    if (media.finalizedAt === null)
      fail(invalidParameter('media_id', id, 'This media has not been finalized.'));
    return json(200, { data: statusBody(media, ctx.now, false) }, emptyToUndefined(headers));
  });

  router.on('POST', '/2/media/metadata', (ctx) => {
    const c = authenticateX(store, ctx, ['media.write']);
    const headers = rate.consume('media.metadata', c.user.id, c.token.clientId, ctx.now);
    const body = objectBody(ctx);
    const id = String(body.id ?? '');
    const media = ownMedia(deps, id, c.user.id, ctx.now);
    const meta = body.metadata as { alt_text?: { text?: unknown } } | undefined;
    const text = meta?.alt_text?.text;
    if (typeof text !== 'string' || text.length === 0) {
      fail(invalidParameter('metadata.alt_text.text', String(text), 'alt_text.text is required'));
    }
    if ([...text].length > 1000)
      fail(invalidParameter('metadata.alt_text.text', text, 'alt_text.text must be at most 1000 characters'));
    media.altText = text;
    store.changed();
    return json(
      200,
      { data: { id, associated_metadata: { alt_text: { text } } } },
      emptyToUndefined(headers),
    );
  });
}

function kindOf(mediaType: string, category: string | null): XMediaKind {
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType === 'image/gif' && category !== 'tweet_image' && category !== 'dm_image') return 'gif';
  return 'image';
}

function ownMedia(deps: XDeps, id: string, userId: string, now: number): XMedia {
  const m = deps.store.state.x.media[id];
  if (!m || m.ownerId !== userId || now >= m.expiresAt)
    fail(invalidParameter('media_id', id, `Media id ${id} is unknown or expired.`));
  return m;
}

function statusBody(m: XMedia, now: number, finalize: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { id: m.id, media_key: m.mediaKey };
  if (finalize) {
    out.size = m.totalBytes;
    out.expires_after_secs = Math.max(0, Math.floor((m.expiresAt - now) / 1000));
  }
  const total = m.processingSeconds * 1000;
  const elapsed = now - (m.finalizedAt ?? now);
  if (m.kind === 'image') {
    // Images are ready at FINALIZE: X answers FINALIZE without processing_info.
    if (!finalize) out.processing_info = { state: 'succeeded', progress_percent: 100 };
    return out;
  }
  const remaining = Math.max(1, Math.min(5, Math.ceil((total - elapsed) / 1000)));
  if (elapsed < total / 3) {
    out.processing_info = { state: 'pending', check_after_secs: remaining };
  } else if (elapsed < total) {
    out.processing_info = {
      state: 'in_progress',
      check_after_secs: remaining,
      progress_percent: Math.min(99, Math.floor((elapsed / total) * 100)),
    };
  } else if (m.failure) {
    out.processing_info = {
      state: 'failed',
      progress_percent: 100,
      error: { code: 1, name: 'InvalidMedia', message: m.failure },
    };
  } else {
    out.processing_info = { state: 'succeeded', progress_percent: 100 };
  }
  return out;
}

function objectBody(ctx: RequestContext): Record<string, unknown> {
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
  return body as Record<string, unknown>;
}

function multipart(ctx: RequestContext) {
  try {
    return readMultipart(ctx);
  } catch (e) {
    if (e instanceof BodyParseError) fail(invalidRequest({ message: e.message, parameters: {} }));
    throw e;
  }
}
