import { randomBytes } from 'node:crypto';
import { Platform } from '@warta/core';
import { TokenVault } from '@warta/accounts';
import { SocialAccountsRepository } from '@warta/accounts/testing';
import { DEMO_PASSWORD, loadConfig } from '@warta/config';
import { createDataSource, ensureDatabase, withDatabase } from '@warta/database';
import { PasswordHasher } from '@warta/identity';
import { seedDemo } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { sleep } from './infra';

/*
 * The world a publishing run drives: units with connected sandbox accounts (X, Facebook and
 * Instagram), approved releases, and one DRAFT post per release x account, each with a unique
 * marker in its text so every platform post can be matched to the Warta post it came from.
 */

export interface WorldSpec {
  /** Units, each with an X account and a Facebook Page. */
  units: number;
  /** How many of those units also have an Instagram account (each IG post needs an image). */
  instagramUnits: number;
  releasesPerUnit: number;
}

export interface WorldPost {
  id: string;
  releaseId: string;
  platform: Platform;
  marker: string;
}

export interface World {
  dbUrl: string;
  dataSource: DataSource;
  releases: { id: string; posts: WorldPost[] }[];
  posts: Map<string, WorldPost>;
  byMarker: Map<string, WorldPost>;
  accounts: number;
}

/** `wrt` + 4 hex of the run + 6 digits: unique, alphanumeric (safe in every platform's text). */
export const MARKER_RE = /wrt[0-9a-f]{4}\d{6}/g;

/** Creates and migrates a database (or clones `template` when given). */
export async function createWorldDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<DataSource> {
  const url = withDatabase(serverUrl, name);
  if (template) {
    const admin = await createDataSource({
      url: withDatabase(serverUrl, 'postgres'),
      poolSize: 1,
    }).initialize();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.destroy();
  } else {
    await ensureDatabase(url);
  }
  const ds = await createDataSource({ url, poolSize: 8, applicationName: 'warta-chaos' }).initialize();
  if (!template) await ds.runMigrations({ transaction: 'each' });
  return ds;
}

export async function api<T = Record<string, unknown>>(
  origin: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  opts: { retries?: number; okStatuses?: number[] } = {},
): Promise<{ status: number; body: T }> {
  const retries = opts.retries ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(`${origin}/api/v1${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          'accept-language': 'en',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      const parsed = (text ? JSON.parse(text) : {}) as T;
      // 5xx while Postgres restarts: try again; 4xx are answers.
      if (res.status >= 500 && attempt < retries) {
        await sleep(500 * (attempt + 1));
        continue;
      }
      return { status: res.status, body: parsed };
    } catch (e) {
      if (attempt >= retries) throw e;
      await sleep(500 * (attempt + 1));
    }
  }
}

export async function login(origin: string): Promise<string> {
  const r = await api<{ accessToken: string }>(origin, null, 'POST', '/auth/login', {
    email: 'admin@warta.local',
    password: DEMO_PASSWORD,
  });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.accessToken;
}

interface SeededAccounts {
  x: Array<{
    id: string;
    username: string;
    accessToken: string;
    refreshToken: string | null;
    expiresAt: string | null;
    scopes: string[];
  }>;
  facebook: Array<{
    scopes: string[];
    pages: Array<{
      id: string;
      name: string;
      accessToken: string;
      instagram: { id: string; username: string } | null;
    }>;
  }>;
}

type Unit = { id: string; slug: string };

/**
 * Seeds the organizations, users and connected accounts: the demo tree (its admin drives the api),
 * `spec.units` extra units under it with approval policy 'none', and their sandbox accounts.
 */
export async function seedWorldAccounts(
  ds: DataSource,
  graphOrigin: string,
  spec: WorldSpec,
  tag: string,
): Promise<{ units: Unit[]; accounts: number }> {
  await seedDemo(ds, await new PasswordHasher().hash(DEMO_PASSWORD));
  const units = await insertUnits(ds, spec, tag);
  await ds.query(`UPDATE organizations SET approval_policy = 'none'`);
  const seeded = await createSandboxAccounts(graphOrigin, units, spec, tag);
  const accounts = await connectAccounts(ds, units, seeded);
  return { units, accounts };
}

/** `spec.units` units under the demo's kanwil-bengkulu, approval policy 'none'. */
async function insertUnits(ds: DataSource, spec: WorldSpec, tag: string): Promise<Unit[]> {
  const [parent] = await ds.query(`SELECT id, path, depth FROM organizations WHERE slug = 'kanwil-bengkulu'`);
  const units: Unit[] = [];
  for (let i = 0; i < spec.units; i++) {
    const slug = `chaos-${tag}-${String(i).padStart(4, '0')}`;
    const [row] = await ds.query(
      `WITH id AS (SELECT gen_random_uuid() AS id)
       INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind, timezone, approval_policy)
       SELECT id.id, $1, $2 || id.id::text || '/', $3, $4, $5, 'unit', 'Asia/Jakarta', 'none' FROM id
       RETURNING id, slug`,
      [parent.id, parent.path, parent.depth + 1, `Unit Uji ${tag} ${i}`, slug],
    );
    units.push(row);
  }
  return units;
}

/**
 * In the sandbox: an X account and a Facebook Page per unit, and an Instagram account for the
 * first `spec.instagramUnits` units.
 */
async function createSandboxAccounts(
  graphOrigin: string,
  units: Unit[],
  spec: WorldSpec,
  tag: string,
): Promise<SeededAccounts> {
  const seedBody = {
    x: units.map((_, i) => ({
      username: `c${tag}u${i}`.slice(0, 15),
      name: `Humas Uji ${i}`,
      tokenExpiresInSeconds: 7 * 86_400,
    })),
    facebook: units.map((_, i) => ({
      name: `Admin Uji ${tag} ${i}`,
      pages: [
        {
          name: `Unit Uji ${tag} ${i}`,
          username: `c${tag}p${i}`,
          ...(i < spec.instagramUnits
            ? { instagram: { username: `c${tag}.ig${i}`, name: `Unit Uji ${i}` } }
            : {}),
        },
      ],
    })),
  };
  const res = await fetch(`${graphOrigin}/__sandbox/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seedBody),
  });
  if (!res.ok) throw new Error(`sandbox refused the accounts: ${res.status} ${await res.text()}`);
  return (await res.json()) as SeededAccounts;
}

/** Stores each unit's sandbox accounts as connected social accounts; how many were stored. */
async function connectAccounts(ds: DataSource, units: Unit[], seeded: SeededAccounts): Promise<number> {
  const vault = new TokenVault(loadConfig({ NODE_ENV: 'development' }));
  const repo = new SocialAccountsRepository(ds);
  let accounts = 0;
  const now = new Date();
  await ds.transaction(async (m) => {
    for (let i = 0; i < units.length; i++) {
      for (const r of unitAccountRows(seeded.x[i], seeded.facebook[i])) {
        await repo.upsertConnected(m, {
          organizationId: units[i].id,
          platform: r.platform,
          externalId: r.externalId,
          handle: r.handle,
          displayName: r.handle,
          parentExternalId: r.parentExternalId,
          sealed: vault.seal(r.bundle),
          expiresAt: r.expiresAt,
          scopes: r.scopes,
          connectedBy: null,
          now,
        });
        accounts++;
      }
    }
  });
  return accounts;
}

/** A unit's X account, its Facebook Page and, when the Page has one, its Instagram account. */
function unitAccountRows(x: SeededAccounts['x'][number], fb: SeededAccounts['facebook'][number]) {
  const page = fb.pages[0];
  return [
    {
      platform: 'x' as const,
      externalId: x.id,
      handle: x.username,
      parentExternalId: null,
      bundle: { accessToken: x.accessToken, refreshToken: x.refreshToken },
      expiresAt: x.expiresAt ? new Date(x.expiresAt) : null,
      scopes: x.scopes,
    },
    {
      platform: 'facebook' as const,
      externalId: page.id,
      handle: page.name,
      parentExternalId: null,
      bundle: { accessToken: page.accessToken, refreshToken: null },
      expiresAt: null,
      scopes: fb.scopes,
    },
    ...(page.instagram
      ? [
          {
            platform: 'instagram' as const,
            externalId: page.instagram.id,
            handle: page.instagram.username,
            parentExternalId: page.id,
            bundle: { accessToken: page.accessToken, refreshToken: null },
            expiresAt: null,
            scopes: fb.scopes,
          },
        ]
      : []),
  ];
}

type Templates = Map<string, Map<Platform, Record<string, unknown>>>;
type AccountRow = { id: string; organization_id: string; platform: Platform };

/**
 * Releases and their DRAFT posts. The first release of each unit gets its drafts from the api
 * (`POST /releases/:id/drafts`, which renders the Instagram title card); the others copy that
 * content per platform with their own text. Every post's text starts with its marker.
 */
export async function createReleasesAndDrafts(
  ds: DataSource,
  apiOrigin: string,
  token: string,
  units: Unit[],
  releasesPerUnit: number,
  tag: string,
  firstIndex = 0,
  templates: Templates = new Map(),
): Promise<World['releases']> {
  const [admin] = await ds.query(`SELECT id FROM users WHERE email = 'admin@warta.local'`);
  const out: World['releases'] = [];
  let n = firstIndex;
  const marker = () => `wrt${tag}${String(n++).padStart(6, '0')}`;

  await renderTemplates(ds, apiOrigin, token, units, admin.id, templates);
  const accountsByUnit = await accountsOfUnits(ds, units);

  // Bulk inserts in chunks of releases.
  const chunk = 200;
  const plan: Array<{ unit: { id: string }; i: number }> = [];
  for (let i = 0; i < releasesPerUnit; i++) for (const u of units) plan.push({ unit: u, i });
  for (let c = 0; c < plan.length; c += chunk) {
    const part = plan.slice(c, c + chunk);
    out.push(...(await insertReleaseChunk(ds, part, admin.id, accountsByUnit, templates, marker)));
  }
  return out;
}

/**
 * Title cards: one api call per unit (rendering is the slow part), a few in parallel; kept in
 * `templates` for the next call.
 */
async function renderTemplates(
  ds: DataSource,
  apiOrigin: string,
  token: string,
  units: Unit[],
  adminId: string,
  templates: Templates,
): Promise<void> {
  await pool(
    units.filter((u) => !templates.has(u.id)),
    4,
    async (u) => {
      const [rel] = await ds.query(
        `INSERT INTO releases (organization_id, author_id, title, body, status, tags)
       VALUES ($1, $2, $3, $4, 'approved', '{}') RETURNING id`,
        [u.id, adminId, `Template ${u.slug}`, `Siaran pers uji untuk ${u.slug}. Kegiatan pembinaan.`],
      );
      const r = await api<{ items: Array<{ platform: Platform; content?: Record<string, unknown> }> }>(
        apiOrigin,
        token,
        'POST',
        `/releases/${rel.id}/drafts`,
        {},
      );
      if (r.status >= 300) throw new Error(`drafts for ${u.slug}: ${r.status} ${JSON.stringify(r.body)}`);
      const rows: Array<{ platform: Platform; content: Record<string, unknown> }> = await ds.query(
        `SELECT platform, content FROM posts WHERE release_id = $1`,
        [rel.id],
      );
      templates.set(u.id, new Map(rows.map((p) => [p.platform, p.content])));
      // The template release is not part of the run.
      await ds.query(`DELETE FROM releases WHERE id = $1`, [rel.id]);
    },
  );
}

async function accountsOfUnits(ds: DataSource, units: Unit[]): Promise<Map<string, AccountRow[]>> {
  const accountRows: AccountRow[] = await ds.query(
    `SELECT id, organization_id, platform FROM social_accounts WHERE organization_id = ANY($1::uuid[])`,
    [units.map((u) => u.id)],
  );
  const accountsByUnit = new Map<string, AccountRow[]>();
  for (const a of accountRows)
    accountsByUnit.set(a.organization_id, [...(accountsByUnit.get(a.organization_id) ?? []), a]);
  return accountsByUnit;
}

/** One chunk of releases and a DRAFT post per release and account of its unit. */
async function insertReleaseChunk(
  ds: DataSource,
  part: Array<{ unit: { id: string }; i: number }>,
  adminId: string,
  accountsByUnit: Map<string, AccountRow[]>,
  templates: Templates,
  marker: () => string,
): Promise<World['releases']> {
  const rels: Array<{ id: string }> = await ds.query(
    `INSERT INTO releases (organization_id, author_id, title, body, status, tags)
       SELECT o, $2, 'Uji publikasi', 'Siaran pers uji.', 'approved', '{}' FROM unnest($1::uuid[]) o
       RETURNING id`,
    [part.map((p) => p.unit.id), adminId],
  );
  const postRows: Array<[string, string, string, string, string, string]> = [];
  const byRelease: World['releases'] = [];
  part.forEach((p, k) => {
    const releaseId = rels[k].id;
    const entry = { id: releaseId, posts: [] as WorldPost[] };
    for (const a of accountsByUnit.get(p.unit.id) ?? []) {
      const m = marker();
      const tpl = templates.get(p.unit.id)?.get(a.platform) ?? { media: [] };
      const content = {
        ...tpl,
        text: `${m} Kegiatan pembinaan kemandirian warga binaan, sesi ${p.i + 1}.`,
        hashtags: [],
        mentions: [],
        thread: undefined,
        firstComment: undefined,
        edited: true,
      };
      postRows.push([p.unit.id, releaseId, a.id, a.platform, JSON.stringify(content), m]);
      entry.posts.push({ id: '', releaseId, platform: a.platform, marker: m });
    }
    byRelease.push(entry);
  });
  const inserted: Array<{ id: string; marker: string }> = await ds.query(
    `INSERT INTO posts (organization_id, release_id, social_account_id, platform, content, state, created_by)
       SELECT o, r, a, p, c::jsonb, 'draft', $6
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS t(o, r, a, p, c)
       RETURNING id, substring(content->>'text' from 1 for 13) AS marker`,
    [
      postRows.map((r) => r[0]),
      postRows.map((r) => r[1]),
      postRows.map((r) => r[2]),
      postRows.map((r) => r[3]),
      postRows.map((r) => r[4]),
      adminId,
    ],
  );
  const idByMarker = new Map(inserted.map((r) => [r.marker, r.id]));
  for (const rel of byRelease) for (const p of rel.posts) p.id = idByMarker.get(p.marker)!;
  return byRelease;
}

export function indexWorld(releases: World['releases']): Pick<World, 'posts' | 'byMarker'> {
  const posts = new Map<string, WorldPost>();
  const byMarker = new Map<string, WorldPost>();
  for (const r of releases)
    for (const p of r.posts) {
      posts.set(p.id, p);
      byMarker.set(p.marker, p);
    }
  return { posts, byMarker };
}

export function runTag(): string {
  return randomBytes(2).toString('hex');
}

/** Runs `fn` over `items`, at most `width` at a time. */
export async function pool<T>(
  items: T[],
  width: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  });
  await Promise.all(lanes);
}
