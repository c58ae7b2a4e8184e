import type { Platform } from '@warta/core';
import { aConnectedAccount, aPost, aRelease } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * Dashboards over a small hand-computed dataset written straight into the rollup tables (the
 * collector is tested on its own). Dates are in the past so "ended" periods do not depend on today.
 */
describe('dashboards API (real Postgres, real api)', () => {
  let ctx: ApiTestContext;
  const accounts = new Map<string, string>();

  const BENGKULU_UNITS = [
    'rutan-bengkulu',
    'lapas-bengkulu',
    'lapas-perempuan-bengkulu',
    'bapas-bengkulu',
    'lpka-bengkulu',
  ];

  async function account(slug: string, platform: Platform): Promise<string> {
    const key = `${slug}|${platform}`;
    if (!accounts.has(key)) {
      // Handle and display name are the external id.
      const row = await aConnectedAccount(ctx.dataSource, {
        organizationId: ctx.org(slug),
        platform,
        externalId: `${slug}-${platform}`,
      });
      accounts.set(key, row.id);
    }
    return accounts.get(key)!;
  }

  async function npd(slug: string, platform: string, day: string, v: Record<string, number>): Promise<void> {
    await ctx.dataSource.query(
      `INSERT INTO node_platform_daily (organization_id, platform, day, posts_published, views, reach, likes, comments, shares, saves, clicks)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        ctx.org(slug),
        platform,
        day,
        v.posts ?? 0,
        v.views ?? 0,
        v.reach ?? 0,
        v.likes ?? 0,
        v.comments ?? 0,
        v.shares ?? 0,
        v.saves ?? 0,
        v.clicks ?? 0,
      ],
    );
  }

  async function followers(slug: string, platform: Platform, day: string, n: number): Promise<void> {
    await ctx.dataSource.query(
      `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
       VALUES ($1, $2, $3, $4, $5, $2::date + time '23:00')`,
      [await account(slug, platform), day, ctx.org(slug), platform, n],
    );
  }

  async function post(
    slug: string,
    platform: Platform,
    publishedAt: string,
    opts: { title?: string; metrics?: Record<string, number> } = {},
  ): Promise<string> {
    const release = await aRelease(ctx.dataSource, {
      organizationId: ctx.org(slug),
      title: opts.title ?? `Rilis ${slug} ${publishedAt}`,
      body: 'Isi.',
      status: 'approved',
    });
    const acc = await account(slug, platform);
    const p = await aPost(ctx.dataSource, {
      socialAccountId: acc,
      releaseId: release.id,
      content: {},
      state: 'published',
      publishedAt,
      permalink: `https://sandbox.local/${slug}/${release.id}`,
    });
    if (opts.metrics) {
      const m = opts.metrics;
      await ctx.dataSource.query(
        `INSERT INTO post_metrics_daily (post_id, day, organization_id, social_account_id, platform, views, reach, likes, comments, shares, saves, clicks)
         VALUES ($1, ($2::timestamptz AT TIME ZONE 'Asia/Jakarta')::date + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          p.id,
          publishedAt,
          ctx.org(slug),
          acc,
          platform,
          m.views ?? 0,
          m.reach ?? 0,
          m.likes ?? 0,
          m.comments ?? 0,
          m.shares ?? 0,
          m.saves ?? 0,
          m.clicks ?? 0,
        ],
      );
    }
    return p.id;
  }

  const get = async (user: string, path: string, query: Record<string, string> = {}) =>
    ctx.http
      .get(`/api/v1/dashboards/${path}?${new URLSearchParams(query).toString()}`)
      .set('Authorization', await ctx.tokenFor(user))
      .set('Accept-Language', 'en');

  beforeAll(async () => {
    ctx = await createApiTestContext();
    // October 2026, week of 8-14 (current) and 1-7 (previous).
    await npd('rutan-bengkulu', 'x', '2026-10-02', { posts: 1, views: 100, reach: 80, likes: 10 });
    await npd('rutan-bengkulu', 'x', '2026-10-10', {
      posts: 2,
      views: 300,
      reach: 250,
      likes: 20,
      comments: 10,
    });
    await npd('rutan-bengkulu', 'x', '2026-10-15', { posts: 5, views: 5000 }); // after the range
    // Facebook without views: the rate falls back to followers.
    await npd('lapas-bengkulu', 'facebook', '2026-10-12', { posts: 1, likes: 5, reach: 40 });
    await followers('lapas-bengkulu', 'facebook', '2026-10-14', 500);
    // Another Kanwil's unit: never in Bengkulu's figures.
    await npd('lapas-medan', 'x', '2026-10-10', { posts: 4, views: 9999, reach: 9000, likes: 999 });
    await followers('rutan-bengkulu', 'x', '2026-10-06', 1000);
    await followers('rutan-bengkulu', 'x', '2026-10-14', 1100);
  });
  afterAll(() => ctx.close());

  const OCT = { from: '2026-10-08', to: '2026-10-14' };

  describe('overview', () => {
    it('sums the Kanwil subtree per platform with the change against the previous 7 days', async () => {
      const res = await get('supervisor.bengkulu', 'overview', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
      });
      expect(res.status).toBe(200);
      expect(res.body.range).toEqual({ from: '2026-10-08', to: '2026-10-14', days: 7 });
      expect(res.body.previousRange).toEqual({ from: '2026-10-01', to: '2026-10-07', days: 7 });
      const x = res.body.rows.find((r: { platform: string }) => r.platform === 'x');
      expect(x.current).toMatchObject({
        postsPublished: 2,
        views: 300,
        // X reports no reach: unknown, whatever the rollup holds.
        reach: null,
        likes: 20,
        comments: 10,
        engagements: 30,
        engagementRate: 0.1,
      });
      expect(x.previous).toMatchObject({ postsPublished: 1, views: 100, likes: 10, engagementRate: 0.1 });
      expect(x.change.views).toEqual({ absolute: 200, percent: 200 });
      expect(x.change.postsPublished).toEqual({ absolute: 1, percent: 100 });
      const fb = res.body.rows.find((r: { platform: string }) => r.platform === 'facebook');
      expect(fb.current).toMatchObject({ views: 0, likes: 5, engagementRate: 0.01 });
      expect(fb.change.likes).toEqual({ absolute: 5, percent: null });
      const all = res.body.rows.find((r: { platform: string }) => r.platform === 'all');
      expect(all.current).toMatchObject({ postsPublished: 3, views: 300, engagements: 35 });
      expect(all.current.engagementRate).toBeCloseTo(35 / 300, 5);
    });

    // Issue 20 items 3 and 8: the all row said nothing of the platforms its sums leave out, and over
    // X alone it showed reach 0 where a leaderboard row shows null.
    it('the all row flags the counters some of its platforms never report, and an unknown one is null', async () => {
      const kanwil = await get('supervisor.bengkulu', 'overview', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
      });
      expect(kanwil.status).toBe(200);
      type Row = {
        platform: string;
        current: Record<string, number | null>;
        previous: Record<string, number | null>;
        partlyUnknown: string[];
      };
      const row = (body: { rows: Row[] }, platform: string) =>
        body.rows.find((r) => r.platform === platform)!;
      // X and Facebook figures: reach is Facebook's alone (X never reports it, whatever its rollup
      // row holds: 250 here), saves X's alone.
      expect(row(kanwil.body, 'all').partlyUnknown).toEqual(['reach', 'saves']);
      expect(row(kanwil.body, 'all').current.reach).toBe(40);
      for (const p of ['x', 'facebook', 'instagram']) expect(row(kanwil.body, p).partlyUnknown).toEqual([]);

      // Rutan Bengkulu has X figures only: reach is unknown in the all row as in the X row.
      const rutan = await get('editor.rutan', 'overview', {
        organizationId: ctx.org('rutan-bengkulu'),
        ...OCT,
      });
      expect(rutan.status).toBe(200);
      expect(row(rutan.body, 'all').current.reach).toBeNull();
      expect(row(rutan.body, 'all').previous.reach).toBeNull();
      expect(row(rutan.body, 'all').current.views).toBe(300);
      expect(row(rutan.body, 'all').partlyUnknown).toEqual([]);

      // The export says the same, per platform and metric.
      const csv = await get('supervisor.bengkulu', 'overview/export.csv', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
      });
      expect(csv.status).toBe(200);
      const [header, ...lines] = csv.text.slice(1).trim().split('\r\n');
      const cols = header.split(',');
      const cell = (platform: string, metric: string, col: string) =>
        lines
          .map((l) => l.split(','))
          .find((c) => c[cols.indexOf('platform')] === platform && c[cols.indexOf('metric')] === metric)![
          cols.indexOf(col)
        ];
      expect(cell('all', 'reach', 'current')).toBe('40');
      expect(cell('all', 'reach', 'partly_unknown')).toBe('true');
      expect(cell('all', 'views', 'partly_unknown')).toBe('false');
      expect(cell('x', 'reach', 'current')).toBe('—');
      expect(cell('x', 'reach', 'partly_unknown')).toBe('false');
    });

    it('the directorate includes every Kanwil; a unit editor reads only its unit', async () => {
      const dir = await get('admin', 'overview', {
        organizationId: ctx.org('ditjenpas'),
        ...OCT,
        platform: 'x',
      });
      expect(dir.body.rows).toHaveLength(1);
      expect(dir.body.rows[0].current.views).toBe(300 + 9999);
      const own = await get('editor.rutan', 'overview', {
        organizationId: ctx.org('rutan-bengkulu'),
        ...OCT,
      });
      expect(own.status).toBe(200);
      expect(own.body.rows.find((r: { platform: string }) => r.platform === 'facebook').current.likes).toBe(
        0,
      );
      expect(own.body.rows.find((r: { platform: string }) => r.platform === 'x').current.views).toBe(300);
    });

    it('reads days in the node zone: the default range ends today there', async () => {
      const res = await get('admin', 'overview', { organizationId: ctx.org('ditjenpas') });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
      expect(res.body.range.to).toBe(today);
      expect(res.body.range.days).toBe(30);
    });

    it('refuses reversed, too long and impossible ranges with a 400', async () => {
      const id = ctx.org('kanwil-bengkulu');
      const reversed = await get('admin', 'overview', {
        organizationId: id,
        from: '2026-10-14',
        to: '2026-10-08',
      });
      expect(reversed.status).toBe(400);
      expect(reversed.body.error.code).toBe('DASHBOARD_RANGE_REVERSED');
      const long = await get('admin', 'overview', {
        organizationId: id,
        from: '2025-01-01',
        to: '2026-10-08',
      });
      expect(long.status).toBe(400);
      expect(long.body.error.code).toBe('DASHBOARD_RANGE_TOO_LONG');
      const bad = await get('admin', 'overview', { organizationId: id, from: '2026-02-30' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toEqual([
        { field: 'from', code: 'rule.date', message: expect.any(String) },
      ]);
      const year = await get('admin', 'overview', {
        organizationId: id,
        from: '2025-10-15',
        to: '2026-10-14',
      });
      expect(year.status).toBe(200);
    });
  });

  it('timeseries: one point per local day, zero-filled, per platform and metric', async () => {
    const res = await get('supervisor.bengkulu', 'timeseries', {
      organizationId: ctx.org('kanwil-bengkulu'),
      ...OCT,
      platform: 'x',
      metric: 'views',
    });
    expect(res.status).toBe(200);
    expect(res.body.series).toEqual([
      {
        platform: 'x',
        metric: 'views',
        points: ['08', '09', '10', '11', '12', '13', '14'].map((d) => ({
          day: `2026-10-${d}`,
          value: d === '10' ? 300 : 0,
        })),
      },
    ]);
  });

  // Fails before this change: X's reach points were the rollup's 0 (and the CSV said 0).
  it('timeseries: a counter the platform never reports is null, "—" in CSV, never 0', async () => {
    const query = { organizationId: ctx.org('kanwil-bengkulu'), ...OCT, metric: 'reach' };
    const res = await get('supervisor.bengkulu', 'timeseries', query);
    expect(res.status).toBe(200);
    const byPlatform = Object.fromEntries(
      res.body.series.map((s: { platform: string; points: { value: number | null }[] }) => [
        s.platform,
        s.points.map((p) => p.value),
      ]),
    );
    expect(byPlatform.x).toEqual([null, null, null, null, null, null, null]);
    expect(byPlatform.facebook).toEqual([0, 0, 0, 0, 40, 0, 0]);
    const csv = await get('supervisor.bengkulu', 'timeseries/export.csv', query);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('day,platform,reach');
    expect(lines).toContain('2026-10-10,x,—');
    expect(lines).toContain('2026-10-12,facebook,40');
  });

  describe('leaderboard', () => {
    it("ranks exactly the Kanwil's five units, with follower growth", async () => {
      const res = await get('supervisor.bengkulu', 'leaderboard', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
        sort: 'engagements',
      });
      expect(res.status).toBe(200);
      expect(res.body.rows.map((r: { slug: string }) => r.slug).sort()).toEqual([...BENGKULU_UNITS].sort());
      const [first, second] = res.body.rows;
      expect(first).toMatchObject({
        rank: 1,
        slug: 'rutan-bengkulu',
        postsPublished: 2,
        // X reports no reach: the rollup's 250 came from a fixture no real collection writes, and
        // whatever the rollup holds, a row of X alone has an unknown reach.
        reach: null,
        partlyUnknown: [],
        engagements: 30,
        engagementRate: 0.1,
        followers: 1100,
        followerGrowth: 100,
      });
      expect(second).toMatchObject({
        rank: 2,
        slug: 'lapas-bengkulu',
        reach: 40,
        partlyUnknown: [],
        engagements: 5,
        engagementRate: 0.01,
        followers: 500,
        followerGrowth: 0,
      });
      const byPosts = await get('supervisor.bengkulu', 'leaderboard', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
        sort: 'followerGrowth',
      });
      expect(byPosts.body.rows[0].slug).toBe('rutan-bengkulu');
    });

    it('at the directorate ranks the Kanwils; a unit has no children', async () => {
      const res = await get('admin', 'leaderboard', { organizationId: ctx.org('ditjenpas'), ...OCT });
      // By reach: Sumatera Utara's posts are all on X, so its reach is unknown and ranks last.
      expect(res.body.rows.map((r: { slug: string }) => r.slug)).toEqual(['kanwil-bengkulu', 'kanwil-sumut']);
      const unit = await get('editor.rutan', 'leaderboard', {
        organizationId: ctx.org('rutan-bengkulu'),
        ...OCT,
      });
      expect(unit.status).toBe(200);
      expect(unit.body.rows).toEqual([]);
    });
  });

  // Fails before this change: reach summed X's posts as if complete (9000 for an X-only Kanwil).
  it('leaderboard: reach is null where nothing was reported, flagged where partly unknown, "—" in CSV', async () => {
    const query = { organizationId: ctx.org('ditjenpas'), ...OCT };
    const res = await get('admin', 'leaderboard', query);
    const bySlug = Object.fromEntries(res.body.rows.map((r: { slug: string }) => [r.slug, r]));
    // Bengkulu: X and Facebook posts; the sum is Facebook's reach and says it leaves X out.
    expect(bySlug['kanwil-bengkulu']).toMatchObject({ reach: 40, partlyUnknown: ['reach'] });
    expect(bySlug['kanwil-sumut']).toMatchObject({ reach: null, partlyUnknown: [] });
    const onX = await get('admin', 'leaderboard', { ...query, platform: 'x' });
    expect(onX.body.rows.map((r: { reach: number | null }) => r.reach)).toEqual([null, null]);
    const csv = await get('admin', 'leaderboard/export.csv', query);
    const [header, ...lines] = csv.text.slice(1).trim().split('\r\n');
    const cols = header.split(',');
    const cell = (slug: string, col: string) =>
      lines.find((l) => l.includes(ctx.org(slug)))!.split(',')[cols.indexOf(col)];
    expect(cell('kanwil-sumut', 'reach')).toBe('—');
    expect(cell('kanwil-bengkulu', 'reach')).toBe('40');
    expect(cell('kanwil-bengkulu', 'partly_unknown')).toBe('reach');
  });

  describe('top posts', () => {
    beforeAll(async () => {
      await post('rutan-bengkulu', 'x', '2026-10-09T02:00:00Z', {
        title: 'Rutan gelar "Jumat Bersih", bersama warga',
        metrics: { views: 1000, reach: 900, likes: 80, comments: 10, shares: 5, saves: 5 },
      });
      await post('lapas-bengkulu', 'instagram', '2026-10-10T03:00:00Z', {
        title: '=HYPERLINK("http://evil")',
        metrics: { views: 200, reach: 150, likes: 40 },
      });
      await post('bapas-bengkulu', 'facebook', '2026-10-11T03:00:00Z'); // no snapshot yet
      await post('lapas-medan', 'x', '2026-10-10T03:00:00Z', { metrics: { views: 99999, likes: 9999 } });
      // 23:59 WIB on the 14th is in the range; 00:30 WIB on the 15th is not.
      await post('lpka-bengkulu', 'x', '2026-10-14T16:59:00Z', { metrics: { views: 10, likes: 1 } });
      await post('lpka-bengkulu', 'x', '2026-10-14T17:30:00Z', { metrics: { views: 10, likes: 9 } });
    });

    it('ranks the subtree posts by engagements with release title and permalink', async () => {
      const res = await get('supervisor.bengkulu', 'top-posts', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
      });
      expect(res.status).toBe(200);
      const rows = res.body.rows;
      // Bapas's post has no snapshot yet: nothing to rank it by.
      expect(rows.map((r: { organizationName: string }) => r.organizationName)).toEqual([
        'Rutan Kelas IIB Bengkulu',
        'Lapas Kelas IIA Bengkulu',
        'LPKA Kelas II Bengkulu',
      ]);
      expect(rows[0]).toMatchObject({
        rank: 1,
        platform: 'x',
        // The node's zone (WIB), as everywhere else on the dashboards.
        publishedAt: '2026-10-09T09:00:00.000+07:00',
        release: { title: 'Rutan gelar "Jumat Bersih", bersama warga' },
        metrics: { views: 1000, engagements: 100 },
        engagementRate: 0.1,
      });
      expect(rows[0].permalink).toMatch(/^https:\/\/sandbox\.local\/rutan-bengkulu\//);
      expect(rows[2].metrics).toEqual(expect.objectContaining({ likes: 1 }));
    });

    it("the node's zone decides which posts fall on the last day", async () => {
      await ctx.dataSource.query(`UPDATE organizations SET timezone = 'Asia/Jayapura' WHERE id = $1`, [
        ctx.org('lpka-bengkulu'),
      ]);
      try {
        // 16:59Z is 01:59 on the 15th in Jayapura (UTC+9): out of range there.
        const res = await get('admin', 'top-posts', {
          organizationId: ctx.org('lpka-bengkulu'),
          from: '2026-10-14',
          to: '2026-10-14',
        });
        expect(res.body.rows).toEqual([]);
        const next = await get('admin', 'top-posts', {
          organizationId: ctx.org('lpka-bengkulu'),
          from: '2026-10-15',
          to: '2026-10-15',
        });
        expect(next.body.rows).toHaveLength(2);
      } finally {
        await ctx.dataSource.query(`UPDATE organizations SET timezone = 'Asia/Jakarta' WHERE id = $1`, [
          ctx.org('lpka-bengkulu'),
        ]);
      }
    });

    it('exports CSV with quoting, a BOM and formula-safe text', async () => {
      const res = await ctx.http
        .get(
          `/api/v1/dashboards/top-posts/export.csv?organizationId=${ctx.org('kanwil-bengkulu')}&from=${OCT.from}&to=${OCT.to}`,
        )
        .set('Authorization', await ctx.tokenFor('supervisor.bengkulu'))
        .buffer(true)
        .parse((r, cb) => {
          let data = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (data += c));
          r.on('end', () => cb(null, data));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="top-posts-2026-10-08-2026-10-14.csv"',
      );
      const text = res.body as string;
      expect(
        text.startsWith('\uFEFFrank,post_id,organization,platform,published_at,release_title,permalink,'),
      ).toBe(true);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain(',"Rutan gelar ""Jumat Bersih"", bersama warga",');
      expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    });

    it('an unknown figure stays unknown: X reports no reach, so reach is null (— in CSV), never 0', async () => {
      // As real collection stores it: the snapshot has NULL reach, the rollup adds it up as 0.
      const id = await post('kanwil-bengkulu', 'x', '2026-10-12T02:00:00Z', {
        metrics: { views: 4000, likes: 300, comments: 20 },
      });
      await ctx.dataSource.query(
        `INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at,
                                       views, reach, likes, comments, shares, saves, clicks, source)
         SELECT id, organization_id, social_account_id, platform, '2026-10-13T02:00:00Z',
                4000, NULL, 300, 20, 0, NULL, NULL, 'public' FROM posts WHERE id = $1`,
        [id],
      );
      {
        const res = await get('supervisor.bengkulu', 'top-posts', {
          organizationId: ctx.org('kanwil-bengkulu'),
          ...OCT,
        });
        const row = res.body.rows.find((r: { postId: string }) => r.postId === id);
        expect(row.metrics).toMatchObject({
          views: 4000,
          reach: null,
          saves: null,
          clicks: null,
          likes: 300,
        });
        expect(row.metrics.engagements).toBe(320);
        expect(row.engagementRate).toBe(0.08);
        const csv = await get('supervisor.bengkulu', 'top-posts/export.csv', {
          organizationId: ctx.org('kanwil-bengkulu'),
          ...OCT,
        });
        const header = csv.text.slice(1).split('\r\n')[0].split(',');
        const line = csv.text
          .split('\r\n')
          .find((l: string) => l.includes(id))!
          .split(',');
        expect(line[header.indexOf('reach')]).toBe('—');
        expect(line[header.indexOf('views')]).toBe('4000');

        const overview = await get('supervisor.bengkulu', 'overview', {
          organizationId: ctx.org('kanwil-bengkulu'),
          ...OCT,
        });
        const x = overview.body.rows.find((r: { platform: string }) => r.platform === 'x');
        expect(x.current.reach).toBeNull();
        expect(x.change.reach).toEqual({ absolute: null, percent: null });
      }
    });
  });

  describe('consistency', () => {
    // September 2026: weeks of 7-13 and 14-20 (Mondays).
    const SEP = { from: '2026-09-07', to: '2026-09-20' };
    beforeAll(async () => {
      const admin = await ctx.tokenFor('admin');
      const put = (slug: string, body: object) =>
        ctx.http
          .put(`/api/v1/organizations/${ctx.org(slug)}/posting-targets`)
          .set('Authorization', admin)
          .send(body)
          .expect(200);
      await put('kanwil-bengkulu', { platform: 'x', period: 'week', count: 2 });
      await put('rutan-bengkulu', { platform: 'x', period: 'week', count: 2 });
      await put('lapas-medan', { platform: 'x', period: 'week', count: 3 });
      await put('rutan-bengkulu', { platform: 'instagram', period: 'month', count: 4 });
      await npd('rutan-bengkulu', 'x', '2026-09-07', { posts: 2 });
      await npd('rutan-bengkulu', 'x', '2026-09-13', { posts: 1 });
      await npd('rutan-bengkulu', 'x', '2026-09-20', { posts: 2 });
      await npd('lapas-bengkulu', 'x', '2026-09-08', { posts: 1 });
      await npd('rutan-bengkulu', 'instagram', '2026-09-03', { posts: 4 });
    });

    it('counts posts per ISO week against own or inherited targets and lists who is behind', async () => {
      const res = await get('supervisor.bengkulu', 'consistency', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...SEP,
      });
      expect(res.status).toBe(200);
      expect(res.body.periods).toEqual([
        { start: '2026-09-07', end: '2026-09-13', ended: true },
        { start: '2026-09-14', end: '2026-09-20', ended: true },
      ]);
      const row = (slug: string) => res.body.rows.find((r: { slug: string }) => r.slug === slug);
      expect(row('rutan-bengkulu')).toMatchObject({
        platform: 'x',
        target: 2,
        targetSetOn: ctx.org('rutan-bengkulu'),
        published: 5,
        expected: 4,
        status: 'ahead',
        publishedPerPeriod: [3, 2],
        periodStatuses: ['ahead', 'met'],
      });
      expect(row('lapas-bengkulu')).toMatchObject({
        targetSetOn: ctx.org('kanwil-bengkulu'),
        published: 1,
        expected: 4,
        periodsBehind: 2,
        status: 'behind',
      });
      // Every Bengkulu node with a target, never Medan's; the Kanwil because it has an X account of its
      // own (made by the top-posts tests above).
      expect(res.body.rows.map((r: { slug: string }) => r.slug).sort()).toEqual(
        ['kanwil-bengkulu', ...BENGKULU_UNITS].sort(),
      );
      const behind = res.body.behind.map((b: { organizationId: string }) => b.organizationId);
      expect(behind).toContain(ctx.org('lapas-bengkulu'));
      expect(behind).not.toContain(ctx.org('rutan-bengkulu'));
      expect(behind).toHaveLength(5);
    });

    it("an inner node's target is for its units: the Kanwil is never ranked on a platform it has no account on", async () => {
      await ctx.dataSource.query(
        `INSERT INTO posting_targets (organization_id, platform, period, count) VALUES ($1, 'facebook', 'week', 12)`,
        [ctx.org('kanwil-bengkulu')],
      );
      const res = await get('supervisor.bengkulu', 'consistency', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...SEP,
        platform: 'facebook',
      });
      expect(res.status).toBe(200);
      const slugs = res.body.rows.map((r: { slug: string }) => r.slug);
      expect(slugs).not.toContain('kanwil-bengkulu');
      expect(slugs.sort()).toEqual([...BENGKULU_UNITS].sort());
      expect(res.body.behind.map((b: { organizationId: string }) => b.organizationId)).not.toContain(
        ctx.org('kanwil-bengkulu'),
      );
      await ctx.dataSource.query(
        `DELETE FROM posting_targets WHERE organization_id = $1 AND platform = 'facebook' AND period = 'week'`,
        [ctx.org('kanwil-bengkulu')],
      );
    });

    it('months are calendar months in the node zone', async () => {
      const res = await get('editor.rutan', 'consistency', {
        organizationId: ctx.org('rutan-bengkulu'),
        from: '2026-09-01',
        to: '2026-09-30',
        period: 'month',
      });
      expect(res.body.rows).toEqual([
        expect.objectContaining({
          slug: 'rutan-bengkulu',
          platform: 'instagram',
          publishedPerPeriod: [4],
          periodStatuses: ['met'],
          status: 'on_track',
        }),
      ]);
      expect(res.body.behind).toEqual([]);
    });

    it('exports one CSV row per node, platform and period', async () => {
      const res = await get('supervisor.bengkulu', 'consistency', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...SEP,
        format: 'csv',
      });
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const lines = res.text.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'organization_id,name,platform,period,period_start,period_end,published,target,period_status,overall_status',
      );
      expect(lines).toHaveLength(1 + 6 * 2);
    });

    it('every export heads its columns in snake_case, the time series too', async () => {
      const res = await get('supervisor.bengkulu', 'timeseries', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...OCT,
        format: 'csv',
      });
      expect(res.status).toBe(200);
      expect(res.text.slice(1).split('\r\n')[0]).toBe(
        'day,platform,posts_published,views,reach,likes,comments,shares,saves,clicks,engagements',
      );
    });

    it('pages the JSON rows worst first, with a summary and `behind` over every row', async () => {
      const q = { organizationId: ctx.org('kanwil-bengkulu'), ...SEP };
      const all = await get('supervisor.bengkulu', 'consistency', { ...q, limit: '500' });
      expect(all.body.rows).toHaveLength(6);
      expect(all.body.nextCursor).toBeNull();
      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = await get('supervisor.bengkulu', 'consistency', {
          ...q,
          limit: '4',
          ...(cursor ? { cursor } : {}),
        });
        expect(page.status).toBe(200);
        expect(page.body.rows.length).toBeLessThanOrEqual(4);
        expect(page.body.summary).toEqual(all.body.summary);
        expect(page.body.behind).toEqual(all.body.behind);
        seen.push(...page.body.rows);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.rows);
      expect(all.body.summary).toEqual({
        rows: 6,
        nodes: 6,
        nodesBehind: 5,
        ahead: 1,
        on_track: 0,
        behind: 5,
        in_progress: 0,
      });
      // Worst first: the first page starts with the nodes furthest behind.
      const gaps = all.body.rows.map(
        (r: { published: number; expected: number }) => r.published - r.expected,
      );
      expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
      const bad = await get('supervisor.bengkulu', 'consistency', { ...q, cursor: 'not-a-cursor' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('INVALID_CURSOR');
    });

    it('names the nodes furthest behind, as many as asked for, and pages the rows of one status', async () => {
      const q = { organizationId: ctx.org('kanwil-bengkulu'), ...SEP };
      const all = await get('supervisor.bengkulu', 'consistency', { ...q, limit: '500', behindLimit: '100' });
      const behindRows = all.body.rows.filter((r: { status: string }) => r.status === 'behind');
      // Worst first, one entry per node, in the order of the rows behind.
      expect(all.body.behind.map((b: { organizationId: string }) => b.organizationId)).toEqual(
        behindRows.map((r: { organizationId: string }) => r.organizationId),
      );
      const two = await get('supervisor.bengkulu', 'consistency', { ...q, behindLimit: '2' });
      expect(two.body.behind).toEqual(all.body.behind.slice(0, 2));
      expect(two.body.summary.nodesBehind).toBe(5);

      const seen: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = await get('supervisor.bengkulu', 'consistency', {
          ...q,
          status: 'behind',
          limit: '2',
          ...(cursor ? { cursor } : {}),
        });
        expect(page.status).toBe(200);
        expect(page.body.summary).toEqual(all.body.summary);
        seen.push(...page.body.rows);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(behindRows);
      const ahead = await get('supervisor.bengkulu', 'consistency', { ...q, status: 'ahead' });
      expect(ahead.body.rows.map((r: { slug: string }) => r.slug)).toEqual(['rutan-bengkulu']);

      const bads: Record<string, string>[] = [
        { status: 'late' },
        { behindLimit: '101' },
        { behindLimit: '-1' },
      ];
      for (const bad of bads) {
        const res = await get('supervisor.bengkulu', 'consistency', { ...q, ...bad });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('best times', () => {
    const AUG = { from: '2026-08-01', to: '2026-08-31' };
    beforeAll(async () => {
      // Mondays 09:00 WIB (02:00Z): 10 posts at 10%; Tuesdays 14:00 WIB: 3 at 5%; Wednesday 20:00: 2 (too few).
      const mondays = ['03', '10', '17', '24', '31'];
      for (const [i, d] of [...mondays, ...mondays].entries()) {
        await post(i % 2 ? 'rutan-bengkulu' : 'lapas-bengkulu', 'x', `2026-08-${d}T02:00:00Z`, {
          metrics: { views: 100, likes: 10 },
        });
      }
      for (const d of ['04', '11', '18'])
        await post('bapas-bengkulu', 'x', `2026-08-${d}T07:00:00Z`, { metrics: { views: 100, likes: 5 } });
      for (const d of ['05', '12'])
        await post('bapas-bengkulu', 'x', `2026-08-${d}T13:00:00Z`, { metrics: { views: 100, likes: 50 } });
      // Thursdays 10:00 WIB, to reach 30 samples in the Kanwil.
      for (let i = 0; i < 15; i++) {
        const d = ['06', '13', '20', '27'][i % 4];
        await post('lpka-bengkulu', 'facebook', `2026-08-${d}T03:00:00Z`, {
          metrics: { views: 100, likes: 2 },
        });
      }
    });

    it('hour-of-week cells in the node zone with sample counts; thin cells suppressed', async () => {
      const res = await get('supervisor.bengkulu', 'best-times', {
        organizationId: ctx.org('kanwil-bengkulu'),
        ...AUG,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        totalSamples: 30,
        sufficient: true,
        minSamplesPerCell: 3,
        minSamplesTotal: 30,
      });
      expect(res.body.cells).toHaveLength(168);
      const cell = (dow: number, hour: number) =>
        res.body.cells.find(
          (c: { dayOfWeek: number; hour: number }) => c.dayOfWeek === dow && c.hour === hour,
        );
      expect(cell(1, 9)).toEqual({
        dayOfWeek: 1,
        hour: 9,
        samples: 10,
        engagementRate: 0.1,
        suppressed: false,
      });
      expect(cell(2, 14)).toEqual({
        dayOfWeek: 2,
        hour: 14,
        samples: 3,
        engagementRate: 0.05,
        suppressed: false,
      });
      expect(cell(3, 20)).toEqual({
        dayOfWeek: 3,
        hour: 20,
        samples: 2,
        engagementRate: null,
        suppressed: true,
      });
      expect(res.body.best[0]).toMatchObject({ dayOfWeek: 1, hour: 9 });
    });

    it('with too few samples in total the whole heatmap is insufficient', async () => {
      const res = await get('editor.rutan', 'best-times', {
        organizationId: ctx.org('rutan-bengkulu'),
        ...AUG,
      });
      expect(res.body).toMatchObject({ totalSamples: 5, sufficient: false, best: [] });
      expect(
        res.body.cells.every(
          (c: { engagementRate: null; suppressed: boolean }) => c.suppressed && c.engagementRate === null,
        ),
      ).toBe(true);
    });
  });

  describe('scoping on every endpoint', () => {
    const ENDPOINTS = ['overview', 'timeseries', 'leaderboard', 'top-posts', 'consistency', 'best-times'];
    const BASE = { from: '2026-08-01', to: '2026-10-31' };

    it.each(ENDPOINTS)(
      '%s: another subtree, a parent or a sibling answers 404 with no data',
      async (path) => {
        const cases: [string, string][] = [
          ['supervisor.bengkulu', 'kanwil-sumut'],
          ['supervisor.bengkulu', 'lapas-medan'],
          ['supervisor.bengkulu', 'ditjenpas'],
          ['editor.rutan', 'kanwil-bengkulu'],
          ['editor.rutan', 'lapas-bengkulu'],
          ['editor.medan', 'rutan-bengkulu'],
        ];
        for (const [user, slug] of cases) {
          const res = await get(user, path, { organizationId: ctx.org(slug), ...BASE });
          expect([user, slug, res.status]).toEqual([user, slug, 404]);
          expect(Object.keys(res.body)).toEqual(['error', 'requestId']);
          const csv = await get(user, `${path}/export.csv`, { organizationId: ctx.org(slug), ...BASE });
          expect(csv.status).toBe(404);
        }
        const unknown = await get('admin', path, {
          organizationId: '00000000-0000-4000-8000-000000000000',
          ...BASE,
        });
        expect(unknown.status).toBe(404);
      },
    );

    it.each(ENDPOINTS)('%s: the Kanwil supervisor and the unit editor read their own node', async (path) => {
      expect(
        (await get('supervisor.bengkulu', path, { organizationId: ctx.org('kanwil-bengkulu'), ...BASE }))
          .status,
      ).toBe(200);
      expect(
        (await get('supervisor.bengkulu', path, { organizationId: ctx.org('lpka-bengkulu'), ...BASE }))
          .status,
      ).toBe(200);
      expect(
        (await get('editor.rutan', path, { organizationId: ctx.org('rutan-bengkulu'), ...BASE })).status,
      ).toBe(200);
    });

    it("a unit editor's figures contain only its unit", async () => {
      const q = { organizationId: ctx.org('rutan-bengkulu'), ...BASE };
      const top = await get('editor.rutan', 'top-posts', { ...q, limit: '100' });
      expect(new Set(top.body.rows.map((r: { organizationId: string }) => r.organizationId))).toEqual(
        new Set([ctx.org('rutan-bengkulu')]),
      );
      const cons = await get('editor.rutan', 'consistency', q);
      expect(new Set(cons.body.rows.map((r: { slug: string }) => r.slug))).toEqual(
        new Set(['rutan-bengkulu']),
      );
      const heat = await get('editor.rutan', 'best-times', q);
      expect(heat.body.totalSamples).toBe(6);
    });
  });

  describe('posting targets', () => {
    const path = (slug: string) => `/api/v1/organizations/${ctx.org(slug)}/posting-targets`;

    it('admins create, change (optimistic version) and delete a target; every change is audited', async () => {
      const admin = await ctx.tokenFor('admin');
      const created = await ctx.http
        .put(path('lpka-bengkulu'))
        .set('Authorization', admin)
        .send({ platform: 'facebook', period: 'month', count: 8 });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ platform: 'facebook', period: 'month', count: 8, version: 1 });
      const again = await ctx.http
        .put(path('lpka-bengkulu'))
        .set('Authorization', admin)
        .send({ platform: 'facebook', period: 'month', count: 9 });
      expect(again.status).toBe(409);
      const changed = await ctx.http
        .put(path('lpka-bengkulu'))
        .set('Authorization', admin)
        .send({ platform: 'facebook', period: 'month', count: 10, version: 1 });
      expect(changed.body).toMatchObject({ count: 10, version: 2 });
      const stale = await ctx.http
        .put(path('lpka-bengkulu'))
        .set('Authorization', admin)
        .send({ platform: 'facebook', period: 'month', count: 11, version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('VERSION_CONFLICT');
      const staleDelete = await ctx.http
        .delete(`${path('lpka-bengkulu')}?platform=facebook&period=month&version=1`)
        .set('Authorization', admin);
      expect(staleDelete.status).toBe(409);
      await ctx.http
        .delete(`${path('lpka-bengkulu')}?platform=facebook&period=month&version=2`)
        .set('Authorization', admin)
        .expect(204);
      const gone = await ctx.http
        .delete(`${path('lpka-bengkulu')}?platform=facebook&period=month&version=2`)
        .set('Authorization', admin);
      expect(gone.status).toBe(404);
      const audit = await ctx.dataSource.query(
        `SELECT action, data FROM audit_events WHERE subject_type = 'posting_target' AND organization_id = $1 ORDER BY seq`,
        [ctx.org('lpka-bengkulu')],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'posting_target.created',
        'posting_target.updated',
        'posting_target.deleted',
      ]);
      expect(audit[1].data.count).toEqual({ from: 8, to: 10 });
    });

    it('supervisors read own and inherited targets but cannot change them; other subtrees are 404', async () => {
      const sup = await ctx.tokenFor('supervisor.bengkulu');
      const list = await ctx.http.get(path('lapas-bengkulu')).set('Authorization', sup).expect(200);
      expect(list.body.items).toEqual([]);
      expect(list.body.inherited).toEqual([
        expect.objectContaining({
          organizationId: ctx.org('kanwil-bengkulu'),
          platform: 'x',
          period: 'week',
          count: 2,
        }),
      ]);
      const put = await ctx.http
        .put(path('lapas-bengkulu'))
        .set('Authorization', sup)
        .send({ platform: 'x', period: 'week', count: 1 });
      expect(put.status).toBe(403);
      const medan = await ctx.tokenFor('editor.medan');
      expect((await ctx.http.get(path('rutan-bengkulu')).set('Authorization', medan)).status).toBe(404);
      const hijack = await ctx.http
        .put(path('rutan-bengkulu'))
        .set('Authorization', medan)
        .send({ platform: 'x', period: 'week', count: 1 });
      expect(hijack.status).toBe(404);
      const rows = await ctx.dataSource.query(
        `SELECT count FROM posting_targets WHERE organization_id = $1 AND platform = 'x' AND period = 'week'`,
        [ctx.org('rutan-bengkulu')],
      );
      expect(rows).toEqual([{ count: 2 }]);
    });
  });
});
