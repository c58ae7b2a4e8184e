import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { NewMetricSnapshot } from '@warta/analytics';
import { MetricSnapshotsRepository } from '@warta/analytics/testing';
import { configFromEnv } from '@warta/config';
import { createDataSource, dropDatabase, ensureDatabase, withDatabase } from '@warta/database';
import { PasswordHasher } from '@warta/identity';
import { seedDemo } from '@warta/organizations';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';

/*
 * `npm run bench:dashboard`: the supervisors' dashboards at scale — 500 units under 20 Kanwils,
 * ~200,000 published posts, 10 million metric snapshots with their daily rollups and follower
 * history — measured through HTTP against a real api process (p50/p95 after warm-up), next to the
 * naive aggregate over the raw snapshots answering the same question, plus snapshot ingestion
 * through the collector's insert path. Its own database, dropped at the end. Prints figures only.
 */

const ROOT = join(__dirname, '..', '..');
const KANWILS = 20;
const UNITS_PER_KANWIL = 25;
const RELEASES_PER_UNIT = 134; // x 3 platforms = 201,000 posts
const SNAPSHOTS_PER_POST = 50; // = 10,050,000 snapshots
const HISTORY_DAYS = 365;
const ZONE = 'Asia/Jakarta';
const PORT = 3910;
const WARMUP = 20;
const SAMPLES = 200;
const MAX_MEASURE_MS = 15_000;
const INGEST_ROWS = 200_000;
/** `--keep`: leave the database (and print its URL) to look at query plans afterwards. */
const KEEP = process.argv.includes('--keep');
/** `--reuse`: measure a database a `--keep` run left (pending migrations are applied, nothing re-seeded). */
const REUSE = process.argv.includes('--reuse');
/**
 * `--only=consistency,ingest`: measure only these parts (endpoint paths, `year`, `csv`, `naive`,
 * `ingest`) of a `--reuse`d database, to iterate on one of them; every part by default.
 */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const measures = (part: string) => !ONLY || ONLY.includes(part);

const t0 = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

async function step(title: string, ds: DataSource, sql: string, params: unknown[] = []): Promise<void> {
  const started = Date.now();
  await ds.query(sql, params);
  log(`${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function seed(ds: DataSource, rootId: string): Promise<void> {
  await ds.query(`SELECT setseed(0.2026)`);
  await seedTreeAndAccounts(ds, rootId);
  await seedReleasesAndPosts(ds);
  await seedSnapshots(ds);
  await seedRollups(ds);
  await ds.query(`DROP TABLE bench_final`);
  await step('VACUUM ANALYZE', ds, `VACUUM ANALYZE`);
}

async function seedTreeAndAccounts(ds: DataSource, rootId: string): Promise<void> {
  // Org tree: 20 Kanwils x 25 units under the demo directorate.
  await step(
    'org tree: 20 Kanwils, 500 units',
    ds,
    `WITH root AS (SELECT id, path FROM organizations WHERE id = $1),
          k AS (INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind)
                SELECT g.id, root.id, root.path || g.id || '/', 1, 'Kanwil Bench ' || g.n, 'bench-kanwil-' || g.n, 'regional_office'
                  FROM root, (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${KANWILS}) n) g
                RETURNING id, path, slug)
     INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind)
     SELECT u.id, u.kid, u.kpath || u.id || '/', 2, 'UPT Bench ' || u.slug || '-' || u.n, u.slug || '-upt-' || u.n, 'unit'
       FROM (SELECT gen_random_uuid() AS id, k.id AS kid, k.path AS kpath, k.slug, n
               FROM k CROSS JOIN generate_series(1, ${UNITS_PER_KANWIL}) n) u`,
    [rootId],
  );
  await ds.query(
    `CREATE TABLE bench_units AS SELECT id FROM organizations WHERE slug LIKE 'bench-kanwil-%-upt-%'`,
  );
  await step(
    'social accounts: x, facebook, instagram per unit',
    ds,
    `INSERT INTO social_accounts (organization_id, platform, external_id, handle, display_name)
     SELECT u.id, p, u.id || '-' || p, 'h' || left(u.id::text, 8), 'Bench' FROM bench_units u,
            unnest(ARRAY['x', 'facebook', 'instagram']) p`,
  );
}

async function seedReleasesAndPosts(ds: DataSource): Promise<void> {
  // Publish times over the last year, mostly in office hours (WIB).
  await step(
    `releases: ${RELEASES_PER_UNIT} per unit`,
    ds,
    `INSERT INTO releases (organization_id, title, body, status, created_at)
     SELECT u.id, 'Rilis bench ' || r, 'Isi rilis.', 'approved',
            date_trunc('day', now() - random() * interval '${HISTORY_DAYS} days')
              + (1 + floor(random() * random() * 14)) * interval '1 hour' + floor(random() * 60) * interval '1 minute'
       FROM bench_units u CROSS JOIN generate_series(1, ${RELEASES_PER_UNIT}) r`,
  );
  await ds.query(`UPDATE releases SET created_at = now() - interval '1 hour' WHERE created_at > now()`);
  await step(
    'posts: one published post per release and platform',
    ds,
    `INSERT INTO posts (organization_id, release_id, social_account_id, platform, content, state, publish_at, published_at, permalink)
     SELECT r.organization_id, r.id, a.id, a.platform, '{}'::jsonb, 'published', r.created_at, r.created_at,
            'https://sandbox.local/' || a.platform || '/' || r.id
       FROM releases r JOIN social_accounts a ON a.organization_id = r.organization_id
      WHERE r.organization_id IN (SELECT id FROM bench_units)`,
  );
}

/** metric_snapshots, growing towards each post's final counters (bench_final, dropped at the end). */
async function seedSnapshots(ds: DataSource): Promise<void> {
  // Each post's final counters; morning posts do better (something for the heatmap to find).
  await ds.query(`
    CREATE TABLE bench_final AS
    SELECT p.id, p.organization_id, p.social_account_id, p.platform, p.published_at,
           least(now() - p.published_at, interval '35 days') AS span,
           v, (v * 0.8)::bigint AS reach,
           (v * (0.02 + random() * 0.04) * CASE WHEN extract(hour FROM p.published_at AT TIME ZONE '${ZONE}') BETWEEN 8 AND 10 THEN 1.6 ELSE 1 END)::bigint AS likes,
           (v * random() * 0.006)::bigint AS comments, (v * random() * 0.004)::bigint AS shares,
           CASE WHEN p.platform = 'instagram' THEN (v * random() * 0.003)::bigint ELSE 0 END AS saves,
           CASE WHEN p.platform = 'instagram' THEN NULL ELSE (v * random() * 0.01)::bigint END AS clicks
      FROM posts p CROSS JOIN LATERAL (SELECT (200 + random() * random() * 8000)::bigint AS v WHERE p.id IS NOT NULL) x
     WHERE p.organization_id IN (SELECT id FROM bench_units)`);
  // Bulk load: the rows are consistent by construction, so foreign-key triggers are skipped.
  await ds.query(`SET session_replication_role = replica`);
  await ds.query(`SET work_mem = '256MB'`);
  await ds.query(`SET maintenance_work_mem = '512MB'`);
  await step(
    `metric_snapshots: ${SNAPSHOTS_PER_POST} per post (INSERT ... SELECT generate_series)`,
    ds,
    `INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at,
       views, reach, likes, comments, shares, saves, clicks, raw, source)
     SELECT f.id, f.organization_id, f.social_account_id, f.platform, c.at,
            (f.v * g.x)::bigint, (f.reach * g.x)::bigint, (f.likes * g.x)::bigint, (f.comments * g.x)::bigint,
            (f.shares * g.x)::bigint, (f.saves * g.x)::bigint, (f.clicks * g.x)::bigint, '{}'::jsonb, 'bench'
       FROM bench_final f CROSS JOIN generate_series(1, ${SNAPSHOTS_PER_POST}) k
       CROSS JOIN LATERAL (SELECT f.published_at + f.span * ((k::float8 / ${SNAPSHOTS_PER_POST}) ^ 2) AS at) c
       CROSS JOIN LATERAL (SELECT 1 - exp(-extract(epoch FROM c.at - f.published_at) / 172800.0) AS x) g`,
  );
  await ds.query(`SET session_replication_role = origin`);
}

/** The daily rollups, follower history and posting targets the dashboards read. */
async function seedRollups(ds: DataSource): Promise<void> {
  await step(
    'post_metrics_daily: latest snapshot per post and local day',
    ds,
    `INSERT INTO post_metrics_daily (post_id, day, organization_id, social_account_id, platform,
       views, reach, likes, comments, shares, saves, clicks)
     SELECT DISTINCT ON (post_id, day) post_id, (captured_at AT TIME ZONE '${ZONE}')::date AS day,
            organization_id, social_account_id, platform, coalesce(views, 0), coalesce(reach, 0), coalesce(likes, 0),
            coalesce(comments, 0), coalesce(shares, 0), coalesce(saves, 0), coalesce(clicks, 0)
       FROM metric_snapshots ORDER BY post_id, day, captured_at DESC`,
  );
  await step(
    'node_platform_daily (gains per node, platform and day) + subtree_platform_daily (trigger)',
    ds,
    `INSERT INTO node_platform_daily (organization_id, platform, day, posts_published, views, reach, likes, comments, shares, saves, clicks)
     SELECT organization_id, platform, day, sum(posts), sum(views), sum(reach), sum(likes), sum(comments), sum(shares), sum(saves), sum(clicks)
       FROM (
         SELECT organization_id, platform, day, 0 AS posts,
                views - coalesce(lag(views) OVER w, 0) AS views, reach - coalesce(lag(reach) OVER w, 0) AS reach,
                likes - coalesce(lag(likes) OVER w, 0) AS likes, comments - coalesce(lag(comments) OVER w, 0) AS comments,
                shares - coalesce(lag(shares) OVER w, 0) AS shares, saves - coalesce(lag(saves) OVER w, 0) AS saves,
                clicks - coalesce(lag(clicks) OVER w, 0) AS clicks
           FROM post_metrics_daily WINDOW w AS (PARTITION BY post_id ORDER BY day)
         UNION ALL
         SELECT organization_id, platform, (published_at AT TIME ZONE '${ZONE}')::date, 1, 0, 0, 0, 0, 0, 0, 0
           FROM posts WHERE state = 'published'
       ) x GROUP BY 1, 2, 3`,
  );
  await step(
    'account_followers_daily: a year per account',
    ds,
    `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
     SELECT a.id, d::date, a.organization_id, a.platform,
            (b.base + b.growth * (d::date - (current_date - ${HISTORY_DAYS})))::bigint, d + interval '23 hours'
       FROM social_accounts a
       CROSS JOIN LATERAL (SELECT 500 + random() * 20000 AS base, random() * 12 AS growth WHERE a.id IS NOT NULL) b
       CROSS JOIN generate_series(current_date - ${HISTORY_DAYS}, current_date, interval '1 day') d
      WHERE a.organization_id IN (SELECT id FROM bench_units)`,
  );
  await step(
    'posting_targets: weekly X and Instagram, monthly Facebook per unit',
    ds,
    `INSERT INTO posting_targets (organization_id, platform, period, count)
     SELECT u.id, t.platform, t.period, t.lo + floor(random() * t.span)::int
       FROM bench_units u, (VALUES ('x', 'week', 2, 5), ('instagram', 'week', 1, 4), ('facebook', 'month', 8, 15))
            AS t(platform, period, lo, span)`,
  );
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(
  url: string,
  token: string,
): Promise<{ p50: number; p95: number; n: number; bytes: number }> {
  const call = async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} -> ${res.status} ${body.slice(0, 300)}`);
    return body.length;
  };
  for (let i = 0; i < WARMUP; i++) await call();
  const times: number[] = [];
  let bytes = 0;
  const until = Date.now() + MAX_MEASURE_MS;
  while (times.length < SAMPLES && (times.length < 20 || Date.now() < until)) {
    const s = process.hrtime.bigint();
    bytes = await call();
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), n: times.length, bytes };
}

/** The overview question answered from raw snapshots: gains per platform in [start, mid) and [mid, end). */
function naiveOverviewSql(): string {
  const c = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'];
  return `
    WITH per_post AS (
      SELECT m.platform, m.post_id,
             ${c
               .map(
                 (x) => `coalesce(max(m.${x}) FILTER (WHERE m.captured_at < $4), 0) AS ${x}_end,
             coalesce(max(m.${x}) FILTER (WHERE m.captured_at < $3), 0) AS ${x}_mid,
             coalesce(max(m.${x}) FILTER (WHERE m.captured_at < $2), 0) AS ${x}_start`,
               )
               .join(',\n             ')}
        FROM metric_snapshots m JOIN organizations o ON o.id = m.organization_id
       WHERE starts_with(o.path, $1) AND m.captured_at < $4
       GROUP BY 1, 2)
    SELECT platform, ${c.map((x) => `sum(${x}_end - ${x}_mid)::float8 AS ${x}, sum(${x}_mid - ${x}_start)::float8 AS prev_${x}`).join(', ')}
      FROM per_post GROUP BY platform ORDER BY platform`;
}

async function timeQuery(ds: DataSource, sql: string, params: unknown[], runs: number) {
  const times: number[] = [];
  let rows: Record<string, unknown>[] = [];
  for (let i = 0; i < runs; i++) {
    const s = Date.now();
    rows = await ds.query(sql, params);
    times.push(Date.now() - s);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), rows };
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('api did not start');
}

interface TableCounts {
  units: number;
  posts: number;
  snapshots: number;
  post_days: number;
  node_days: number;
  subtree_days: number;
  snapshots_size: string;
}

interface OrgNode {
  id: string;
  path: string;
}

/** Migrates, seeds (unless a `--reuse`d database is seeded already) and adds the Kanwil viewer. */
async function prepareDatabase(
  ds: DataSource,
): Promise<{ counts: TableCounts; kanwil: OrgNode; root: OrgNode }> {
  await ds.runMigrations();
  const hash = await new PasswordHasher().hash('bench-password');
  const demo = await seedDemo(ds, hash);
  log('migrated, demo tree and users seeded');
  const [seeded] = await ds.query(
    `SELECT count(*)::int AS n FROM organizations WHERE slug LIKE 'bench-kanwil-%'`,
  );
  if (seeded.n) log('reusing the seeded database');
  else await seed(ds, demo.organizations.ditjenpas);

  const [counts] = await ds.query(`
      SELECT (SELECT count(*) FROM organizations WHERE kind = 'unit')::int AS units,
             (SELECT count(*) FROM posts)::int AS posts,
             (SELECT count(*) FROM metric_snapshots)::int AS snapshots,
             (SELECT count(*) FROM post_metrics_daily)::int AS post_days,
             (SELECT count(*) FROM node_platform_daily)::int AS node_days,
             (SELECT count(*) FROM subtree_platform_daily)::int AS subtree_days,
             pg_size_pretty(pg_total_relation_size('metric_snapshots')) AS snapshots_size`);
  const [kanwil] = await ds.query(`SELECT id, path FROM organizations WHERE slug = 'bench-kanwil-1'`);
  const [root] = await ds.query(`SELECT id, path FROM organizations WHERE id = $1`, [
    demo.organizations.ditjenpas,
  ]);
  const [viewer] = await ds.query(
    `INSERT INTO users (email, name, password_hash) VALUES ('bench.kanwil@warta.local', 'Bench', $1)
       ON CONFLICT ((lower(email))) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
    [hash],
  );
  await ds.query(
    `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'viewer') ON CONFLICT DO NOTHING`,
    [viewer.id, kanwil.id],
  );
  return { counts, kanwil, root };
}

function spawnApi(url: string): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'scripts/run.js'), 'api'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      API_PORT: String(PORT),
      LOG_LEVEL: 'error',
      API_RATE_LIMIT_PER_MINUTE: '10000000',
      QUEUE_PREFIX: 'warta-bench-dashboard',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function login(origin: string, email: string): Promise<string> {
  return (
    (await (
      await fetch(`${origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'bench-password' }),
      })
    ).json()) as { accessToken: string }
  ).accessToken;
}

/** Who asks the dashboards, about which node and over which days. */
interface Audience {
  origin: string;
  kanwilToken: string;
  adminToken: string;
  kanwil: OrgNode;
  root: OrgNode;
  today: DateTime;
  from: DateTime;
  /** The 30-day range as query parameters. */
  range: string;
}

/** Every dashboard endpoint for the Kanwil viewer and the directorate admin, then the long ranges. */
async function measureDashboards(a: Audience): Promise<{ results: string[]; httpP50: Map<string, number> }> {
  const endpoints: [string, string][] = [
    ['overview', a.range],
    ['leaderboard', a.range],
    ['consistency', a.range],
    ['timeseries', a.range],
    ['top-posts', a.range],
    ['best-times', ''],
  ];
  const results: string[] = [];
  const httpP50 = new Map<string, number>();
  for (const [who, token, node] of [
    ['Kanwil (25 units), viewer', a.kanwilToken, a.kanwil.id],
    ['Directorate (507 units), admin', a.adminToken, a.root.id],
  ] as const) {
    for (const [path, q] of endpoints) {
      if (!measures(path)) continue;
      const r = await measure(
        `${a.origin}/api/v1/dashboards/${path}?organizationId=${node}${q ? `&${q}` : ''}`,
        token,
      );
      httpP50.set(`${who}|${path}`, r.p50);
      results.push(
        `  ${`GET ${path}`.padEnd(22)} ${who.padEnd(32)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   (n=${r.n}, ${r.bytes} B)`,
      );
    }
  }
  results.push(...(await measureLongRanges(a)));
  return { results, httpP50 };
}

/** The directorate's overview over a year and its consistency CSV export. */
async function measureLongRanges(a: Audience): Promise<string[]> {
  const results: string[] = [];
  if (measures('year')) {
    const year = await measure(
      `${a.origin}/api/v1/dashboards/overview?organizationId=${a.root.id}&from=${a.today.minus({ days: 365 }).toISODate()}&to=${a.today.toISODate()}`,
      a.adminToken,
    );
    results.push(
      `  ${'GET overview'.padEnd(22)} ${'Directorate, 366-day range'.padEnd(32)} p50 ${year.p50.toFixed(1).padStart(6)} ms   p95 ${year.p95.toFixed(1).padStart(6)} ms   (n=${year.n})`,
    );
  }
  if (measures('csv')) {
    const csv = await measure(
      `${a.origin}/api/v1/dashboards/consistency/export.csv?organizationId=${a.root.id}&${a.range}`,
      a.adminToken,
    );
    results.push(
      `  ${'GET consistency CSV'.padEnd(22)} ${'Directorate (507 units), admin'.padEnd(32)} p50 ${csv.p50.toFixed(1).padStart(6)} ms   p95 ${csv.p95.toFixed(1).padStart(6)} ms   (n=${csv.n}, ${csv.bytes} B)`,
    );
  }
  return results;
}

/** The same overview question from the raw snapshots, and whether both agree. */
async function compareWithNaive(url: string, a: Audience, httpP50: Map<string, number>): Promise<string[]> {
  const naive: string[] = [];
  const naiveDs = await createDataSource({ url, applicationName: 'warta-bench-naive' }).initialize();
  const start = a.from.toJSDate();
  const mid = start;
  const prevStart = a.from.minus({ days: 30 }).toJSDate();
  const end = a.today.plus({ days: 1 }).toJSDate();
  for (const [who, token, node, path] of [
    ['Kanwil (25 units), viewer', a.kanwilToken, a.kanwil.id, a.kanwil.path],
    ['Directorate (507 units), admin', a.adminToken, a.root.id, a.root.path],
  ] as const) {
    const q = await timeQuery(naiveDs, naiveOverviewSql(), [path, prevStart, mid, end], 3);
    const api = (await (
      await fetch(`${a.origin}/api/v1/dashboards/overview?organizationId=${node}&${a.range}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as {
      rows: { platform: string; current: Record<string, number>; previous: Record<string, number> }[];
    };
    const agree = q.rows.every((r) => {
      const answer = api.rows.find((x) => x.platform === r.platform)!;
      return ['views', 'likes', 'clicks'].every(
        (c) => Number(r[c]) === answer.current[c] && Number(r[`prev_${c}`]) === answer.previous[c],
      );
    });
    const p50 = httpP50.get(`${who}|overview`)!;
    naive.push(
      `  overview from raw snapshots, ${who.padEnd(32)} p50 ${String(q.p50).padStart(6)} ms  vs ${p50.toFixed(1)} ms through HTTP = ${(q.p50 / p50).toFixed(0)}x   (same figures: ${agree ? 'yes' : 'NO'})`,
    );
  }
  await naiveDs.destroy();
  return naive;
}

/** Snapshot ingestion through the collector's insert path (rolled back); the line to print. */
async function measureIngest(url: string): Promise<string> {
  const ingestDs = await createDataSource({ url, applicationName: 'warta-bench-ingest' }).initialize();
  const posts: { id: string; organization_id: string; social_account_id: string; platform: string }[] =
    await ingestDs.query(
      `SELECT id, organization_id, social_account_id, platform FROM posts ORDER BY id LIMIT $1`,
      [INGEST_ROWS],
    );
  const now = new Date();
  const rows: NewMetricSnapshot[] = posts.map((p, i) => ({
    postId: p.id,
    organizationId: p.organization_id,
    socialAccountId: p.social_account_id,
    platform: p.platform,
    capturedAt: now,
    views: 1000 + i,
    reach: 800,
    likes: 40,
    comments: 4,
    shares: 2,
    saves: null,
    clicks: 9,
    raw: { public_metrics: { impression_count: 1000 + i } },
    source: 'bench',
  }));
  const repo = new MetricSnapshotsRepository();
  // Rolled back afterwards: the rows are written (WAL, indexes, FK checks) but a rerun sees the same data.
  const runner = ingestDs.createQueryRunner();
  await runner.startTransaction();
  const ingestStart = process.hrtime.bigint();
  await repo.insertMany(runner.manager, rows);
  const ingestS = Number(process.hrtime.bigint() - ingestStart) / 1e9;
  await runner.rollbackTransaction();
  await runner.release();
  log(`ingested ${rows.length} snapshots through MetricSnapshotsRepository.insertMany`);

  await ingestDs.destroy();
  return `Snapshot ingestion through the collector's MetricSnapshotsRepository.insertMany (one transaction into the 10M-row table, indexes and FKs on, rolled back): ${rows.length} rows in ${ingestS.toFixed(2)} s = ${Math.round(rows.length / ingestS).toLocaleString('en-US')} rows/s`;
}

function printReport(
  load: { before: number[]; after: number[] },
  counts: TableCounts,
  results: string[],
  naive: string[],
  ingestLine: string,
): void {
  console.log('');
  console.log(
    `Load average (1/5/15 min) when measuring started: ${load.before.map((x) => x.toFixed(2)).join(' ')}; when it ended: ${load.after.map((x) => x.toFixed(2)).join(' ')} (2 cores; other work on the machine skews the figures)`,
  );
  console.log(
    `bench:dashboard — ${counts.units} units, ${counts.posts} posts, ${counts.snapshots} snapshots (${counts.snapshots_size}), ` +
      `${counts.post_days} post-days, ${counts.node_days} node-days, ${counts.subtree_days} subtree-days; Node ${process.version}`,
  );
  console.log(
    `Dashboards through HTTP, one client, ${WARMUP} warm-up requests, 30-day range (best-times: 90 days):`,
  );
  for (const r of results) console.log(r);
  if (naive.length) {
    console.log('Naive aggregate over metric_snapshots for the same question (3 runs):');
    for (const r of naive) console.log(r);
  }
  if (ingestLine) console.log(ingestLine);
}

async function main(): Promise<void> {
  const base = configFromEnv().databaseUrl;
  const dbName = 'warta_bench_dashboard';
  const url = withDatabase(base, dbName);
  if (!REUSE) await dropDatabase(base, dbName);
  await ensureDatabase(url);
  const ds = await createDataSource({ url, applicationName: 'warta-bench-dashboard' }).initialize();
  let api: ChildProcess | undefined;
  try {
    const { counts, kanwil, root } = await prepareDatabase(ds);

    await ds.destroy();
    api = spawnApi(url);
    const origin = `http://127.0.0.1:${PORT}`;
    await waitHealthy(`${origin}/health`);
    const kanwilToken = await login(origin, 'bench.kanwil@warta.local');
    const adminToken = await login(origin, 'admin@warta.local');
    log('api up');
    const loadBefore = loadavg();

    const today = DateTime.now().setZone(ZONE).startOf('day');
    const from = today.minus({ days: 29 });
    const range = `from=${from.toISODate()}&to=${today.toISODate()}`;
    const audience: Audience = { origin, kanwilToken, adminToken, kanwil, root, today, from, range };
    const { results, httpP50 } = await measureDashboards(audience);
    const naive =
      measures('naive') && measures('overview') ? await compareWithNaive(url, audience, httpP50) : [];
    // Last (its snapshots are not rolled up): ingestion through the collector's insert path.
    const ingestLine = measures('ingest') ? await measureIngest(url) : '';

    const loadAfter = loadavg();
    printReport({ before: loadBefore, after: loadAfter }, counts, results, naive, ingestLine);
  } finally {
    if (api) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    if (ds.isInitialized) await ds.destroy();
    if (KEEP) console.log(`kept ${url} (drop it with: dropdb ${dbName})`);
    else await dropDatabase(base, dbName);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
