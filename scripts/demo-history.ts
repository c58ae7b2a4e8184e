import { randomUUID } from 'node:crypto';
import { Clock, SystemClock } from '@warta/core';
import { Platform } from '@warta/database';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { NewMetricSnapshot } from '@warta/analytics';
import { MetricRollupsRepository, MetricSnapshotsRepository } from '@warta/analytics/testing';
import { publishDemoHistoryToSandbox } from './demo-sandbox-posts';

/** Marks the releases this seed made, so a second run can tell it already ran for a unit. */
export const DEMO_HISTORY_TAG = 'demo-history';

/** Posts per week on X, Facebook and Instagram, and how well the unit's posts do. */
interface Profile {
  perWeek: Record<Platform, number>;
  reach: number;
  /** Posts only in every other week (a unit that works in bursts). */
  bursty?: boolean;
}

/** Some units keep up with their Kanwil's targets, some fall behind (see DEMO_TARGETS). */
const PROFILES: Record<string, Profile> = {
  'rutan-bengkulu': { perWeek: { x: 5, facebook: 4, instagram: 3 }, reach: 1.3 },
  'lapas-bengkulu': { perWeek: { x: 4, facebook: 3, instagram: 2.5 }, reach: 1 },
  'lapas-perempuan-bengkulu': { perWeek: { x: 1.5, facebook: 1.5, instagram: 1 }, reach: 0.8 },
  'bapas-bengkulu': { perWeek: { x: 1, facebook: 2, instagram: 0.5 }, reach: 0.6 },
  'lpka-bengkulu': { perWeek: { x: 5, facebook: 3, instagram: 3 }, reach: 0.9, bursty: true },
  'lapas-medan': { perWeek: { x: 4, facebook: 4, instagram: 3 }, reach: 1.5 },
  'rutan-medan': { perWeek: { x: 1, facebook: 1, instagram: 1 }, reach: 0.7 },
};

/** Targets on the Kanwils (inherited by their units) and one unit's own, stricter one. */
const DEMO_TARGETS: { slug: string; platform: Platform; period: 'week' | 'month'; count: number }[] = [
  { slug: 'kanwil-bengkulu', platform: 'x', period: 'week', count: 3 },
  { slug: 'kanwil-bengkulu', platform: 'instagram', period: 'week', count: 2 },
  { slug: 'kanwil-bengkulu', platform: 'facebook', period: 'month', count: 10 },
  { slug: 'kanwil-sumut', platform: 'x', period: 'week', count: 3 },
  { slug: 'kanwil-sumut', platform: 'instagram', period: 'week', count: 2 },
  { slug: 'kanwil-sumut', platform: 'facebook', period: 'month', count: 10 },
  { slug: 'rutan-bengkulu', platform: 'x', period: 'week', count: 4 },
];

const TITLES = [
  'Penyuluhan Hukum bagi Warga Binaan',
  'Layanan Kunjungan Tatap Muka Kembali Dibuka',
  'Pelatihan Keterampilan Menjahit untuk Warga Binaan',
  'Razia Gabungan Kamar Hunian, Petugas Temukan Barang Terlarang',
  'Upacara Peringatan Hari Bakti Pemasyarakatan',
  'Pemeriksaan Kesehatan Gratis bersama Dinas Kesehatan',
  'Penandatanganan Pakta Integritas Pegawai',
  'Kegiatan Pramuka dan Pembinaan Kepribadian',
  'Panen Raya Sayuran Hasil Kegiatan Kemandirian',
  'Tes Urine Pegawai dan Warga Binaan, Hasil Negatif',
  'Sosialisasi Layanan Pengaduan dan Zona Integritas',
  'Ibadah Bersama Menyambut Hari Besar Keagamaan',
  'Pengajian Rutin dan Bimbingan Rohani',
  'Penerimaan Kunjungan Kerja Kepala Kanwil',
  'Pembebasan Bersyarat bagi Warga Binaan yang Memenuhi Syarat',
];

/** Collection steps (minutes after publishing), as the collector's default schedule. */
const STEPS_MINUTES = [60, 360, 1440, 4320, 10080, 43200];
const PLATFORMS: Platform[] = ['x', 'facebook', 'instagram'];

/** A small deterministic PRNG (mulberry32), so every machine seeds the same demo history. */
function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(rand: () => number, mean: number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

export interface DemoHistoryOptions {
  days?: number;
  clock?: Clock;
  /**
   * The sandbox the demo accounts live in: the history's posts are created there too, and their
   * permalinks are its pages of them (see demo-sandbox-posts.ts).
   */
  sandboxOrigin: string;
}

export interface DemoHistoryResult {
  units: number;
  posts: number;
  snapshots: number;
  targets: number;
}

interface DemoOrg {
  id: string;
  slug: string;
  name: string;
  timezone: string;
}

interface DemoAccount {
  id: string;
  platform: Platform;
}

/** A post the history will hold, before it is written. */
interface PlannedPost {
  platform: Platform;
  accountId: string;
  at: Date;
  title: string;
}

interface PublishedPost {
  id: string;
  platform: Platform;
  social_account_id: string;
  published_at: Date;
}

/**
 * Demo only: `days` of published history for the demo units that have connected accounts —
 * releases, published posts, snapshots on the collector's schedule, their rollups (through the
 * collector's own rollup code) and daily follower counts — plus posting targets, some of which the
 * units keep and some they miss. Idempotent: a unit that already has demo history is skipped, and
 * targets and follower days are only added where missing.
 */
export async function seedDemoHistory(
  dataSource: DataSource,
  opts: DemoHistoryOptions,
): Promise<DemoHistoryResult> {
  const clock = opts.clock ?? new SystemClock();
  const days = opts.days ?? 90;
  const now = clock.now();
  const result: DemoHistoryResult = { units: 0, posts: 0, snapshots: 0, targets: 0 };

  const orgs: DemoOrg[] = await dataSource.query(
    `SELECT id, slug, name, timezone FROM organizations WHERE slug = ANY($1::text[])`,
    [[...Object.keys(PROFILES), ...DEMO_TARGETS.map((t) => t.slug)]],
  );
  const bySlug = new Map(orgs.map((o) => [o.slug, o]));
  for (const t of DEMO_TARGETS) {
    const org = bySlug.get(t.slug);
    if (!org) continue;
    const rows = await dataSource.query(
      `INSERT INTO posting_targets (organization_id, platform, period, count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, platform, period) DO NOTHING RETURNING id`,
      [org.id, t.platform, t.period, t.count],
    );
    result.targets += rows.length;
  }

  for (const [slug, profile] of Object.entries(PROFILES)) {
    const org = bySlug.get(slug);
    if (!org) continue;
    const seeded = await dataSource.query(
      `SELECT 1 FROM releases WHERE organization_id = $1 AND $2 = ANY(tags) LIMIT 1`,
      [org.id, DEMO_HISTORY_TAG],
    );
    if (seeded.length) continue;
    const accounts: DemoAccount[] = await dataSource.query(
      `SELECT DISTINCT ON (platform) id, platform FROM social_accounts
        WHERE organization_id = $1 AND status = 'active' ORDER BY platform, created_at`,
      [org.id],
    );
    if (!accounts.length) continue;
    await dataSource.transaction(async (m) => {
      const counts = await seedUnit(m, org, profile, accounts, {
        now,
        days,
      });
      result.posts += counts.posts;
      result.snapshots += counts.snapshots;
    });
    result.units++;
  }
  await publishDemoHistoryToSandbox(dataSource, {
    sandboxOrigin: opts.sandboxOrigin,
    releaseTag: DEMO_HISTORY_TAG,
  });
  return result;
}

async function seedUnit(
  m: EntityManager,
  org: DemoOrg,
  profile: Profile,
  accounts: DemoAccount[],
  o: { now: Date; days: number },
): Promise<{ posts: number; snapshots: number }> {
  // One generator for the unit, drawn from in this order: the posts first, then their snapshots.
  const rand = rng(org.slug);
  const today = DateTime.fromJSDate(o.now, { zone: org.timezone }).startOf('day');
  const posts = planPosts(rand, profile, accounts, today, o.days);
  if (!posts.length) return { posts: 0, snapshots: 0 };

  const inserted = await insertPublishedPosts(m, org, posts, o.now);
  const snapshots = demoSnapshots(rand, org, profile, inserted, o.now);
  await new MetricSnapshotsRepository().insertMany(m, snapshots);
  await new MetricRollupsRepository().refresh(
    m,
    inserted.map((p) => ({ postId: p.id, since: p.published_at })),
  );
  await countPublished(m, org, inserted);
  await seedFollowers(m, org, profile, accounts, today, o.days);
  return { posts: inserted.length, snapshots: snapshots.length };
}

/** Posts per platform and day, drawn around the unit's weekly rate (fewer at weekends). */
function planPosts(
  rand: () => number,
  profile: Profile,
  accounts: DemoAccount[],
  today: DateTime,
  days: number,
): PlannedPost[] {
  const accountOf = new Map(accounts.map((a) => [a.platform, a.id]));
  const posts: PlannedPost[] = [];
  for (let d = days; d >= 1; d--) {
    const day = today.minus({ days: d });
    const weekend = day.weekday >= 6;
    if (profile.bursty && Math.floor(day.weekNumber) % 2 === 0) continue;
    for (const platform of PLATFORMS) {
      if (!accountOf.has(platform)) continue;
      const mean = ((profile.perWeek[platform] * (profile.bursty ? 2 : 1)) / 5.6) * (weekend ? 0.3 : 1);
      for (let i = poisson(rand, mean); i > 0; i--) {
        // Office hours mostly, a few in the evening.
        const hour = rand() < 0.8 ? 7 + Math.floor(rand() * 9) : 18 + Math.floor(rand() * 4);
        const at = day.set({ hour, minute: Math.floor(rand() * 60) }).toJSDate();
        posts.push({
          platform,
          accountId: accountOf.get(platform)!,
          at,
          title: TITLES[Math.floor(rand() * TITLES.length)],
        });
      }
    }
  }
  return posts;
}

/** A release per post, and the post itself, published at its planned time. */
async function insertPublishedPosts(
  m: EntityManager,
  org: DemoOrg,
  posts: PlannedPost[],
  now: Date,
): Promise<PublishedPost[]> {
  const releaseIds = posts.map(() => randomUUID());
  await m.query(
    `INSERT INTO releases (id, organization_id, title, body, status, tags, created_at, updated_at)
     SELECT t.id, $1, t.title, t.title || '. Informasi lebih lanjut hubungi Humas ' || $2 || '.', 'approved', $3::text[], t.at, t.at
       FROM unnest($4::uuid[], $5::text[], $6::timestamptz[]) AS t(id, title, at)`,
    [
      org.id,
      org.name,
      [DEMO_HISTORY_TAG],
      releaseIds,
      posts.map((p) => `${p.title} - ${org.name}`),
      posts.map((p) => p.at),
    ],
  );
  return m.query(
    `INSERT INTO posts (organization_id, release_id, social_account_id, platform, content, state, publish_at,
       published_at, platform_post_id, permalink, metrics_planned_at)
     SELECT $1, t.release_id, t.account_id, t.platform, jsonb_build_object('text', t.title), 'published', t.at, t.at,
            -- Placeholders until the sandbox holds the post (publishDemoHistoryToSandbox).
            'demo-' || t.release_id, NULL, $2
       FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[])
         AS t(release_id, account_id, platform, at, title)
     RETURNING id, platform, social_account_id, published_at`,
    [
      org.id,
      now,
      releaseIds,
      posts.map((p) => p.accountId),
      posts.map((p) => p.platform),
      posts.map((p) => p.at),
      posts.map((p) => p.title),
    ],
  );
}

/** Snapshots on the collector's schedule; morning posts and Instagram do better. */
function demoSnapshots(
  rand: () => number,
  org: DemoOrg,
  profile: Profile,
  inserted: PublishedPost[],
  now: Date,
): NewMetricSnapshot[] {
  const zone = org.timezone;
  const snapshots: NewMetricSnapshot[] = [];
  for (const p of inserted) {
    const localHour = DateTime.fromJSDate(p.published_at, { zone }).hour;
    const timeFactor = localHour >= 8 && localHour <= 10 ? 1.6 : localHour >= 18 ? 1.3 : 1;
    const base = { x: 900, facebook: 1400, instagram: 1100 }[p.platform] * profile.reach * (0.5 + rand());
    const rate = (0.02 + rand() * 0.04) * timeFactor;
    for (const minutes of STEPS_MINUTES) {
      const capturedAt = new Date(p.published_at.getTime() + minutes * 60_000);
      if (capturedAt > now) break;
      const f = 1 - Math.exp(-minutes / (60 * 36));
      const views = Math.round(base * f);
      const likes = Math.round(views * rate);
      snapshots.push({
        postId: p.id,
        organizationId: org.id,
        socialAccountId: p.social_account_id,
        platform: p.platform,
        capturedAt,
        views,
        // What real collection can produce: X reports no reach, Facebook no saves, Instagram no
        // link clicks (see each connector's metrics read); X saves are its bookmarks.
        reach: p.platform === 'x' ? null : Math.round(views * 0.75),
        likes,
        comments: Math.round(likes * 0.12),
        shares: Math.round(likes * 0.08),
        saves: p.platform === 'facebook' ? null : Math.round(likes * (p.platform === 'x' ? 0.03 : 0.05)),
        clicks: p.platform === 'instagram' ? null : Math.round(views * 0.01),
        raw: { demo: true },
        source: 'demo',
      });
    }
  }
  return snapshots;
}

/** The planner would count each post once when planning it; these are marked planned above. */
async function countPublished(m: EntityManager, org: DemoOrg, inserted: PublishedPost[]): Promise<void> {
  await m.query(
    `INSERT INTO node_platform_daily AS n (organization_id, platform, day, posts_published)
     SELECT $1, p.platform, (p.published_at AT TIME ZONE $2)::date, count(*)
       FROM unnest($3::text[], $4::timestamptz[]) AS p(platform, published_at)
      GROUP BY 2, 3 ORDER BY 2, 3
     ON CONFLICT (organization_id, platform, day) DO UPDATE SET posts_published = n.posts_published + EXCLUDED.posts_published`,
    [org.id, org.timezone, inserted.map((p) => p.platform), inserted.map((p) => p.published_at)],
  );
}

/** Followers per account and day, growing faster where the unit posts more. */
async function seedFollowers(
  m: EntityManager,
  org: DemoOrg,
  profile: Profile,
  accounts: DemoAccount[],
  today: DateTime,
  days: number,
): Promise<void> {
  for (const a of accounts) {
    const start = { x: 800, facebook: 2500, instagram: 3200 }[a.platform] * profile.reach;
    const growth = profile.perWeek[a.platform] * 1.5;
    await m.query(
      `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
       SELECT $1, d::date, $2, $3, round($4::float8 + $5::float8 * i + 10 * sin(i))::bigint,
              ((d::date + time '23:00') AT TIME ZONE $6)
         FROM generate_series(0, $7::int) AS i
         CROSS JOIN LATERAL (SELECT $8::date - ($7::int - i) AS d) x
       ON CONFLICT (social_account_id, day) DO NOTHING`,
      [a.id, org.id, a.platform, start, growth, org.timezone, days, today.toISODate()],
    );
  }
}
