import { downloadMedia } from '../core/media-fetcher';
import { IgAccount, IgContainer, IgMedia } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { GraphCaller } from './graph-auth';
import { graphFail, invalidParam, notFoundObject } from './graph-errors';
import { GraphRequest } from './graph-request';
import { g } from './graph-routes';

// The rules of Instagram content publishing, shared by the IG user routes and the media routes.

export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const VIDEO_MAX_BYTES = 300 * 1024 * 1024;

export const profile = (store: SandboxStore) => store.state.profile.instagram;

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

/** A container's state is a pure function of the virtual clock, so polling cadence cannot change it. */
export function containerStatus(c: IgContainer, now: number, expirySeconds: number): ContainerStatus {
  if (c.publishedMediaId) return 'PUBLISHED';
  if (now < c.readyAt) return 'IN_PROGRESS';
  if (c.error) return 'ERROR';
  if (now >= c.createdAt + expirySeconds * 1000) return 'EXPIRED';
  return 'FINISHED';
}

/** IG calls take the linked Page's token or a token of a user with a role on that Page. */
export function access(
  store: SandboxStore,
  req: GraphRequest,
  ig: IgAccount,
  scopes: string[],
  method: string,
): GraphCaller {
  const caller = req.track(ig.id);
  const page = g(store).pages[ig.pageId];
  const allowed =
    (caller.token.kind === 'page' && caller.token.pageId === ig.pageId) ||
    (caller.token.kind === 'user' && !!page?.roles.some((r) => r.userId === caller.user.id));
  if (!allowed) notFoundObject(store, ig.id, method);
  const missing = scopes.filter((s) => !caller.token.scopes.includes(s));
  if (missing.length) {
    graphFail(store, {
      code: 10,
      message: `(#10) Application does not have permission for this action. Requires ${missing.join(', ')}.`,
    });
  }
  return caller;
}

export function checkCaption(store: SandboxStore, caption: string): void {
  if ([...caption].length > 2200)
    invalidParam(store, 'The caption is too long. The maximum is 2,200 characters.');
  const hashtags = caption.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0;
  if (hashtags > 30) invalidParam(store, `The caption has ${hashtags} hashtags. The maximum is 30.`);
  const mentions = caption.match(/(^|[^\w])@[A-Za-z0-9._]+/g)?.length ?? 0;
  if (mentions > 20) invalidParam(store, `The caption has ${mentions} @mentions. The maximum is 20.`);
}

/** Downloads a container's media from its URL; every failure is Instagram's error for it. */
export async function fetchMedia(
  store: SandboxStore,
  url: string,
  maxBytes: number,
  image: boolean,
): Promise<Buffer> {
  const dl = await downloadMedia(url, { timeoutMs: store.state.profile.media.downloadTimeoutMs, maxBytes });
  if (dl.ok) return dl.data;
  if (dl.reason === 'timeout') {
    graphFail(store, {
      code: -2,
      subcode: 2207003,
      message: 'It takes too long to download the media.',
      transient: true,
    });
  }
  if (dl.reason === 'too_large') {
    graphFail(
      store,
      image
        ? {
            code: 36000,
            subcode: 2207004,
            message: 'The image is too large to download. It should be less than 8 MiB.',
            userTitle: 'Image too large',
          }
        : { code: 352, subcode: 2207026, message: 'The video file is too large.' },
    );
  }
  return graphFail(store, {
    code: 9004,
    subcode: 2207052,
    message: `The media could not be fetched from this uri: ${url}`,
    userTitle: 'Media download has failed.',
  });
}

/** The `children` of a CAROUSEL container: 2 to 10 finished carousel items of this account, none reused. */
export function carouselChildren(store: SandboxStore, req: GraphRequest, igUserId: string): string[] {
  const raw = req.fields.children ?? '';
  let ids: string[];
  if (raw.trim().startsWith('[')) {
    try {
      ids = (JSON.parse(raw) as unknown[]).map(String);
    } catch {
      invalidParam(store, 'The parameter children must be a list of container ids.');
    }
  } else
    ids = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (ids.length < 2 || ids.length > 10)
    invalidParam(store, `A carousel needs 2 to 10 children (got ${ids.length}).`);
  const usedElsewhere = new Set(Object.values(g(store).containers).flatMap((c) => c.children));
  for (const childId of ids) {
    const c = g(store).containers[childId];
    if (!c || c.igUserId !== igUserId || !c.isCarouselItem || usedElsewhere.has(childId)) {
      invalidParam(store, `The carousel child ${childId} is not a valid carousel item of this account.`);
    }
    const s = containerStatus(c, req.now, profile(store).containerExpirySeconds);
    if (s === 'IN_PROGRESS') {
      graphFail(store, {
        code: 9007,
        subcode: 2207027,
        message: 'Media ID is not available',
        userMsg: `Carousel child ${childId} is not ready yet.`,
      });
    }
    if (s !== 'FINISHED') invalidParam(store, `The carousel child ${childId} cannot be used (status ${s}).`);
  }
  if (new Set(ids).size !== ids.length)
    invalidParam(store, 'A carousel cannot contain the same child twice.');
  return ids;
}

/** This account's publishes inside the rolling quota window (older ones are dropped). */
export function recentPublishes(store: SandboxStore, igUserId: string, now: number): number[] {
  const log = (g(store).igPublishLog[igUserId] ??= []);
  const horizon = now - profile(store).quotaDurationSeconds * 1000;
  while (log.length && log[0] <= horizon) log.shift();
  return log;
}

/** Turns a finished container (and a carousel's children) into media. */
export function publish(store: SandboxStore, req: GraphRequest, c: IgContainer): IgMedia {
  const make = (container: IgContainer, child: boolean): IgMedia => {
    const id = store.ids.next('igMedia');
    const media: IgMedia = {
      id,
      igUserId: container.igUserId,
      containerId: container.id,
      mediaType:
        container.mediaType === 'CAROUSEL' ? 'CAROUSEL_ALBUM' : container.videoUrl ? 'VIDEO' : 'IMAGE',
      productType:
        container.mediaType === 'REELS' ? 'REELS' : container.mediaType === 'STORIES' ? 'STORY' : 'FEED',
      caption: child ? null : container.caption,
      createdAt: req.now,
      shortcode: store.ids.short('shortcode', 11),
      mediaUrl: container.blobId ? `${req.ctx.baseUrl}/__media/${container.blobId}` : container.videoUrl,
      blobId: container.blobId,
      childIds: [],
      isCarouselChild: child,
      deletedAt: null,
      commentIds: [],
    };
    container.publishedMediaId = id;
    container.publishedAt = req.now;
    store.addIgMedia(media);
    return media;
  };
  const parent = make(c, false);
  for (const childId of c.children) parent.childIds.push(make(g(store).containers[childId], true).id);
  return parent;
}

export function statusText(store: SandboxStore, c: IgContainer, s: ContainerStatus): string {
  switch (s) {
    case 'IN_PROGRESS':
      return 'In Progress: Media is still being processed.';
    case 'FINISHED':
      return 'Finished: Media has been uploaded and it is ready to be published.';
    case 'PUBLISHED':
      return 'Published: Media has been successfully published.';
    case 'EXPIRED':
      return 'Expired: The media container was not published within 24 hours.';
    case 'ERROR':
      return `Error: ${c.error?.message ?? 'Unknown error'} ${c.error?.subcode ?? 2207001}`;
  }
}
