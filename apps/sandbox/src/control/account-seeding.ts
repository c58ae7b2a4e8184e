import { SandboxStore } from '../core/sandbox-store';
import { FbPage, GraphRevokedSubcode, XUser } from '../core/sandbox-state';
import { DEFAULT_FB_SCOPES, issueUserToken, pageTokenFor } from '../graph/graph-token-issuer';
import { issueXTokens } from '../x/x-token-issuer';

export const DEFAULT_X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'media.write', 'offline.access'];
export const DEFAULT_PAGE_TASKS = [
  'ADVERTISE',
  'ANALYZE',
  'CREATE_CONTENT',
  'MESSAGING',
  'MODERATE',
  'MANAGE',
];

export class SeedError extends Error {}

export interface XUserSeed {
  id?: string;
  username: string;
  name?: string;
  followers?: number;
  following?: number;
  tweetCount?: number;
  maxWeightedLength?: number;
  clientId?: string;
  scopes?: string[];
  tokenExpiresInSeconds?: number;
  revoked?: boolean;
  /** false = create the user without tokens. */
  issueToken?: boolean;
}

export interface IgSeed {
  id?: string;
  username: string;
  name?: string;
  followers?: number;
  follows?: number;
  mediaCount?: number;
}

export interface PageSeed {
  id?: string;
  name: string;
  username?: string;
  category?: string;
  followers?: number;
  fans?: number;
  tasks?: string[];
  instagram?: IgSeed;
}

export interface FacebookUserSeed {
  id?: string;
  name: string;
  appId?: string;
  scopes?: string[];
  longLived?: boolean;
  tokenExpiresInSeconds?: number;
  /** true = 460 (password changed); or a specific 190 subcode. */
  revoked?: boolean | GraphRevokedSubcode;
  issueToken?: boolean;
  pages?: PageSeed[];
}

export interface AccountsSeed {
  xApps?: Array<{ clientId: string; clientSecret?: string | null; name?: string }>;
  facebookApps?: Array<{ appId: string; appSecret: string; requireAppSecretProof?: boolean }>;
  x?: XUserSeed[];
  facebook?: FacebookUserSeed[];
}

export interface SeededX {
  id: string;
  username: string;
  name: string;
  clientId: string;
  accessToken: string | null;
  refreshToken: string | null;
  expiresAt: string | null;
  scopes: string[];
}

export interface SeededPage {
  id: string;
  name: string;
  username: string;
  accessToken: string | null;
  instagram: { id: string; username: string } | null;
}

export interface SeededFacebook {
  id: string;
  name: string;
  appId: string;
  userAccessToken: string | null;
  expiresAt: string | null;
  scopes: string[];
  pages: SeededPage[];
}

export interface SeedResult {
  xApps: string[];
  facebookApps: string[];
  x: SeededX[];
  facebook: SeededFacebook[];
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 40) || 'page';

function count(v: unknown, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new SeedError(`${name} must be an integer >= 0`);
  return v;
}

/** The X client and Facebook app a seed uses when it names none. */
type SeedDefaults = { xClientId: string; facebookAppId: string };

/**
 * Creates apps, users, Pages and IG accounts, and (unless told not to) tokens for them, so tests
 * can start publishing without walking through OAuth. Seeding an existing username/id again reuses
 * the account and issues fresh tokens.
 */
export function seedAccounts(store: SandboxStore, seed: AccountsSeed, defaults: SeedDefaults): SeedResult {
  const now = store.now();
  const result: SeedResult = {
    xApps: seedXApps(store, seed.xApps ?? []),
    facebookApps: seedFacebookApps(store, seed.facebookApps ?? []),
    x: [],
    facebook: [],
  };
  for (const u of seed.x ?? []) result.x.push(seedXUser(store, u, defaults.xClientId, now));
  for (const f of seed.facebook ?? [])
    result.facebook.push(seedFacebookUser(store, f, defaults.facebookAppId, now));
  store.changed();
  return result;
}

/** X apps (OAuth clients), created or replaced; returns their client ids. */
function seedXApps(store: SandboxStore, apps: NonNullable<AccountsSeed['xApps']>): string[] {
  const ids: string[] = [];
  for (const a of apps) {
    if (!a.clientId) throw new SeedError('xApps[].clientId is required');
    store.state.x.apps[a.clientId] = {
      clientId: a.clientId,
      clientSecret: a.clientSecret ?? null,
      name: a.name ?? `Sandbox app ${a.clientId}`,
    };
    ids.push(a.clientId);
  }
  return ids;
}

/** Facebook apps, created or replaced; returns their app ids. */
function seedFacebookApps(store: SandboxStore, apps: NonNullable<AccountsSeed['facebookApps']>): string[] {
  const ids: string[] = [];
  for (const a of apps) {
    if (!a.appId || !a.appSecret) throw new SeedError('facebookApps[] needs appId and appSecret');
    store.state.graph.apps[a.appId] = {
      appId: a.appId,
      appSecret: a.appSecret,
      requireAppSecretProof: a.requireAppSecretProof ?? false,
    };
    ids.push(a.appId);
  }
  return ids;
}

/** One X user (found by username or id, else created) and, unless told not to, its tokens. */
function seedXUser(store: SandboxStore, u: XUserSeed, defaultClientId: string, now: number): SeededX {
  if (!u.username || !/^[A-Za-z0-9_]{1,15}$/.test(u.username))
    throw new SeedError(`invalid X username "${u.username}" (1–15 of A-Z a-z 0-9 _)`);
  const clientId = u.clientId ?? defaultClientId;
  if (!store.state.x.apps[clientId]) throw new SeedError(`unknown X client ${clientId}`);
  const user = findOrCreateXUser(store, u, now);
  const scopes = u.scopes ?? DEFAULT_X_SCOPES;
  const tokens =
    u.issueToken === false
      ? null
      : issueXTokens(store, {
          userId: user.id,
          clientId,
          scopes,
          now,
          expiresInSeconds: u.tokenExpiresInSeconds,
          revoked: u.revoked,
        });
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    clientId,
    accessToken: tokens?.accessToken ?? null,
    refreshToken: tokens?.refreshToken ?? null,
    expiresAt: tokens ? new Date(tokens.expiresAt).toISOString() : null,
    scopes: tokens?.scopes ?? [],
  };
}

/** An existing X user gets the seed's follower count and length limit; a new one the defaults. */
function findOrCreateXUser(store: SandboxStore, u: XUserSeed, now: number): XUser {
  const s = store.state;
  let user = Object.values(s.x.users).find(
    (x) => x.username.toLowerCase() === u.username.toLowerCase() || x.id === u.id,
  );
  if (!user) {
    const id = u.id ?? store.ids.next('xUser');
    user = {
      id,
      username: u.username,
      name: u.name ?? u.username,
      createdAt: now - 400 * 86_400_000,
      followers: count(u.followers, 'followers', 1000),
      following: count(u.following, 'following', 100),
      listed: 3,
      likeCount: 120,
      baseTweetCount: count(u.tweetCount, 'tweetCount', 250),
      maxWeightedLength: count(u.maxWeightedLength, 'maxWeightedLength', 280),
    };
    s.x.users[id] = user;
  } else {
    if (u.followers !== undefined) user.followers = count(u.followers, 'followers', user.followers);
    if (u.maxWeightedLength !== undefined)
      user.maxWeightedLength = count(u.maxWeightedLength, 'maxWeightedLength', 280);
  }
  return user;
}

/** One Facebook user (found by id or name, else created), its Pages and, unless told not to, its tokens. */
function seedFacebookUser(
  store: SandboxStore,
  f: FacebookUserSeed,
  defaultAppId: string,
  now: number,
): SeededFacebook {
  const s = store.state;
  if (!f.name) throw new SeedError('facebook[].name is required');
  const appId = f.appId ?? defaultAppId;
  if (!s.graph.apps[appId]) throw new SeedError(`unknown Facebook app ${appId}`);
  let user = f.id ? s.graph.users[f.id] : Object.values(s.graph.users).find((x) => x.name === f.name);
  if (!user) {
    const id = f.id ?? store.ids.next('fbUser');
    user = { id, name: f.name, defaultScopes: [...DEFAULT_FB_SCOPES] };
    s.graph.users[id] = user;
  }
  const pages: FbPage[] = [];
  for (const p of f.pages ?? []) pages.push(seedPage(store, p, user.id));
  const revoked =
    f.revoked === true ? 460 : f.revoked === false || f.revoked === undefined ? null : f.revoked;
  const userToken =
    f.issueToken === false
      ? null
      : issueUserToken(store, {
          appId,
          userId: user.id,
          scopes: f.scopes ?? DEFAULT_FB_SCOPES,
          now,
          longLived: f.longLived ?? true,
          expiresInSeconds: f.tokenExpiresInSeconds,
          revokedSubcode: revoked,
        });
  return {
    id: user.id,
    name: user.name,
    appId,
    userAccessToken: userToken?.token ?? null,
    expiresAt: userToken?.expiresAt ? new Date(userToken.expiresAt).toISOString() : null,
    scopes: userToken?.scopes ?? [],
    pages: pages.map((p) => {
      const ig = p.igUserId ? s.graph.igAccounts[p.igUserId] : null;
      return {
        id: p.id,
        name: p.name,
        username: p.username,
        accessToken: userToken ? pageTokenFor(store, userToken, p.id, now).token : null,
        instagram: ig ? { id: ig.id, username: ig.username } : null,
      };
    }),
  };
}

function seedPage(store: SandboxStore, p: PageSeed, userId: string): FbPage {
  const s = store.state;
  if (!p.name) throw new SeedError('pages[].name is required');
  let page = p.id ? s.graph.pages[p.id] : Object.values(s.graph.pages).find((x) => x.name === p.name);
  if (!page) {
    const id = p.id ?? store.ids.next('fbPage');
    page = {
      id,
      name: p.name,
      username: p.username ?? slug(p.name),
      category: p.category ?? 'Government organization',
      followers: count(p.followers, 'followers', 1500),
      fans: count(p.fans, 'fans', count(p.followers, 'followers', 1500)),
      roles: [],
      igUserId: null,
    };
    s.graph.pages[id] = page;
  } else {
    if (p.followers !== undefined) page.followers = count(p.followers, 'followers', page.followers);
    if (p.fans !== undefined) page.fans = count(p.fans, 'fans', page.fans);
  }
  const role = page.roles.find((r) => r.userId === userId);
  if (role) role.tasks = p.tasks ?? role.tasks;
  else page.roles.push({ userId, tasks: p.tasks ?? DEFAULT_PAGE_TASKS });
  if (p.instagram) {
    const i = p.instagram;
    if (!i.username) throw new SeedError('instagram.username is required');
    let ig = i.id ? s.graph.igAccounts[i.id] : page.igUserId ? s.graph.igAccounts[page.igUserId] : undefined;
    if (!ig) {
      const id = i.id ?? store.ids.next('igUser');
      ig = {
        id,
        username: i.username,
        name: i.name ?? page.name,
        followers: count(i.followers, 'instagram.followers', 2000),
        follows: count(i.follows, 'instagram.follows', 80),
        baseMediaCount: count(i.mediaCount, 'instagram.mediaCount', 120),
        pageId: page.id,
      };
      s.graph.igAccounts[id] = ig;
    }
    page.igUserId = ig.id;
  }
  return page;
}

/** The accounts a fresh sandbox starts with, so the consent pages and the demo have someone to pick. */
export function seedDemoAccounts(store: SandboxStore, defaults: SeedDefaults): SeedResult {
  return seedAccounts(
    store,
    {
      x: [
        { username: 'humas_kanwil', name: 'Humas Kanwil Demo', followers: 5200, issueToken: false },
        { username: 'rutan_demo', name: 'Rutan Demo', followers: 1200, issueToken: false },
      ],
      facebook: [
        {
          name: 'Admin Humas Demo',
          issueToken: false,
          pages: [
            {
              name: 'Humas Kanwil Demo',
              username: 'humaskanwildemo',
              followers: 15200,
              fans: 14900,
              instagram: { username: 'humaskanwil.demo', name: 'Humas Kanwil Demo', followers: 8800 },
            },
            { name: 'Rutan Demo', username: 'rutandemo', followers: 2100, fans: 2050 },
          ],
        },
      ],
    },
    defaults,
  );
}
