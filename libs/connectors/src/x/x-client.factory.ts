import http from 'node:http';
import https from 'node:https';
import { IClientSettings, ITwitterApiClientPlugin, TwitterApi, TwitterApiOAuth2Init } from 'twitter-api-v2';
// The library's own default host, so we never spell a platform host ourselves.
import { API_V2_PREFIX } from 'twitter-api-v2/dist/cjs/globals';

export interface XClientOptions {
  /** config.platforms.xApiOrigin: the sandbox or the real X API. */
  apiOrigin: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Every request gets a timeout: the library has none by default, and a hung send must end as unknown_outcome. */
function timeoutPlugin(timeoutMs: number): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      params.timeout ??= timeoutMs;
    },
  };
}

/**
 * platforms/x.md §1: twitter-api-v2 has no base-URL option, so a plugin rewrites each URL to the
 * configured origin (keeping the path, which decides the body encoding). Idempotent, as the
 * library may re-run hooks when it re-sends.
 */
function originPlugin(origin: string): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      const u = new URL(params.url);
      if (u.origin === origin) return;
      if (u.pathname.startsWith('/1.1/media/upload') && !params.forceBodyMode) {
        params.forceBodyMode = 'form-data';
      }
      params.url = origin + u.pathname + u.search;
    },
    onOAuth2RequestToken({ result }) {
      const u = new URL(result.url);
      result.url = origin + u.pathname + u.search;
    },
  };
}

/** Builds twitter-api-v2 clients (unmodified library) pointed at the configured origin. */
export class XClientFactory {
  private readonly settings: Partial<IClientSettings>;
  readonly apiOrigin: string;
  private readonly overridesOrigin: boolean;

  constructor(opts: XClientOptions) {
    this.apiOrigin = opts.apiOrigin.replace(/\/+$/, '');
    this.overridesOrigin = this.apiOrigin !== new URL(API_V2_PREFIX).origin;
    // The origin plugin goes first: the library awaits each plugin in turn, and only the first one's
    // onOAuth2RequestToken runs before generateOAuth2AuthLink returns its (synchronous) result.
    // Only when config points somewhere else than the library's own host (the sandbox, a proxy).
    const plugins = [
      ...(this.overridesOrigin ? [originPlugin(this.apiOrigin)] : []),
      timeoutPlugin(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    ];
    const isHttp = new URL(this.apiOrigin).protocol === 'http:';
    // The library always calls https.request; an http Agent is what makes it accept http: origins.
    this.settings = {
      plugins,
      httpAgent: isHttp ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true }),
    };
  }

  /** The authorize link on the configured origin (belt and braces over the plugin hook). */
  authorizeUrl(url: string): string {
    if (!this.overridesOrigin) return url;
    const u = new URL(url);
    return u.origin === this.apiOrigin ? url : this.apiOrigin + u.pathname + u.search;
  }

  forUser(accessToken: string): TwitterApi {
    return new TwitterApi(accessToken, this.settings);
  }

  forApp(app: TwitterApiOAuth2Init): TwitterApi {
    return new TwitterApi(app, this.settings);
  }
}
