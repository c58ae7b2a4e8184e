import { ConnectorError } from '../connector-error';
import { GraphHttpClient } from '../graph/graph-http.client';
import {
  AuthorizeInput,
  AuthorizeOutput,
  ConnectedIdentity,
  ExchangeInput,
  OAuthProvider,
  TokenSet,
} from '../oauth-provider';

/** Pages publishing + insights, and Instagram publishing through the same Facebook Login. */
export const FACEBOOK_SCOPES = [
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_manage_engagement',
  'pages_read_user_content',
  'read_insights',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_comments',
  'instagram_manage_insights',
  // Deleting IG media needs this one (Facebook Login tokens only).
  'instagram_manage_contents',
] as const;

export interface FacebookOAuthOptions {
  appId: string;
  appSecret: string;
  /** Where the login dialog is served: www.facebook.com in production, the Graph origin in the sandbox. */
  dialogOrigin: string;
}

interface PageRow {
  id: string;
  name: string;
  access_token?: string;
  tasks?: string[];
  instagram_business_account?: { id: string; username?: string; name?: string };
}

/**
 * Facebook Login for Business: code -> short-lived user token -> long-lived user token -> the
 * user's Pages with their (non-expiring) Page tokens and each Page's Instagram business account.
 * Secrets and codes travel in POST bodies, never in URLs.
 */
export class FacebookOAuthProvider implements OAuthProvider {
  readonly platform = 'facebook' as const;
  readonly scopes = FACEBOOK_SCOPES;
  readonly refreshable = false;

  constructor(
    private readonly graph: GraphHttpClient,
    private readonly app: FacebookOAuthOptions,
  ) {}

  authorize(input: AuthorizeInput): AuthorizeOutput {
    const url = new URL(
      this.graph.url('/dialog/oauth').replace(this.graph.origin, this.app.dialogOrigin.replace(/\/+$/, '')),
    );
    url.searchParams.set('client_id', this.app.appId);
    url.searchParams.set('redirect_uri', input.redirectUri);
    url.searchParams.set('state', input.state);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', FACEBOOK_SCOPES.join(','));
    return { url: url.toString(), codeVerifier: null };
  }

  async exchangeCode(input: ExchangeInput): Promise<ConnectedIdentity[]> {
    const auth = { platform: 'facebook' as const, phase: 'auth' as const };
    const short = await this.graph.post<{ access_token: string }>('/oauth/access_token', {
      ...auth,
      params: {
        client_id: this.app.appId,
        client_secret: this.app.appSecret,
        redirect_uri: input.redirectUri,
        code: input.code,
      },
    });
    const long = await this.graph.post<{ access_token: string }>('/oauth/access_token', {
      ...auth,
      params: {
        grant_type: 'fb_exchange_token',
        client_id: this.app.appId,
        client_secret: this.app.appSecret,
        fb_exchange_token: short.body.access_token,
      },
    });
    const userToken = long.body.access_token;
    const perms = await this.graph.get<{ data: Array<{ permission: string; status: string }> }>(
      '/me/permissions',
      {
        ...auth,
        token: userToken,
      },
    );
    const scopes = perms.body.data.filter((p) => p.status === 'granted').map((p) => p.permission);
    const pages = await this.graph.get<{ data: PageRow[] }>('/me/accounts', {
      ...auth,
      token: userToken,
      params: {
        fields: 'id,name,access_token,tasks,instagram_business_account{id,username,name}',
        limit: 100,
      },
    });
    const identities: ConnectedIdentity[] = [];
    for (const p of pages.body.data) {
      if (!p.access_token) continue; // no Page token: the user lacks a role that can post
      const tokens: TokenSet = { accessToken: p.access_token, refreshToken: null, expiresAt: null, scopes };
      identities.push({
        platform: 'facebook',
        externalId: p.id,
        handle: p.name,
        displayName: p.name,
        parentExternalId: null,
        tokens,
      });
      const ig = p.instagram_business_account;
      if (ig) {
        identities.push({
          platform: 'instagram',
          externalId: ig.id,
          handle: ig.username ?? ig.id,
          displayName: ig.name ?? ig.username ?? ig.id,
          parentExternalId: p.id,
          tokens,
        });
      }
    }
    return identities;
  }

  refresh(): Promise<TokenSet> {
    // Page tokens cannot be refreshed; they are re-derived by connecting again.
    return Promise.reject(
      new ConnectorError(
        'auth_revoked',
        'facebook',
        'Facebook Page tokens cannot be refreshed; reconnect the account.',
      ),
    );
  }
}
