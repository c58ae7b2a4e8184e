import { DataSource } from 'typeorm';

/** How many posts one control call carries (the sandbox reads a bounded body). */
const BATCH = 200;

interface PendingPost {
  id: string;
  platform: 'x' | 'facebook' | 'instagram';
  external_id: string;
  text: string;
  published_at: Date;
}

/**
 * Demo only: the demo history's posts go out to the sandbox too (its control API, `POST
 * /__sandbox/posts`, creates the same records its platform routes do), so each post's
 * platform_post_id is the sandbox's and its permalink is the sandbox's page of it
 * (`<origin>/__view/<platform>/<id>`), which answers 200. Picks every demo post the sandbox does not
 * hold yet (platform_post_id still 'demo-…', including those of an older seed whose links answered
 * 400); each batch is written only after the sandbox answered, so a failed run leaves the rest for
 * the next one.
 */
export async function publishDemoHistoryToSandbox(
  dataSource: DataSource,
  opts: { sandboxOrigin: string; releaseTag: string },
): Promise<number> {
  const origin = opts.sandboxOrigin.replace(/\/+$/, '');
  let done = 0;
  for (;;) {
    const pending: PendingPost[] = await dataSource.query(
      `SELECT p.id, p.platform, a.external_id, coalesce(p.content->>'text', r.title) AS text, p.published_at
         FROM posts p JOIN releases r ON r.id = p.release_id JOIN social_accounts a ON a.id = p.social_account_id
        WHERE $1 = ANY(r.tags) AND p.platform_post_id LIKE 'demo-%'
        ORDER BY p.published_at, p.id LIMIT ${BATCH}`,
      [opts.releaseTag],
    );
    if (!pending.length) return done;
    const res = await fetch(`${origin}/__sandbox/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(30_000),
      body: JSON.stringify({
        posts: pending.map((p) => ({
          platform: p.platform,
          accountId: p.external_id,
          text: p.text,
          createdAt: p.published_at.toISOString(),
        })),
      }),
    });
    if (!res.ok)
      throw new Error(`the sandbox refused the demo posts: HTTP ${res.status} ${await res.text()}`);
    const { posts } = (await res.json()) as { posts: { id: string; viewPath: string }[] };
    await dataSource.query(
      `UPDATE posts p SET platform_post_id = t.platform_id, permalink = t.permalink
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, platform_id, permalink)
        WHERE p.id = t.id`,
      [pending.map((p) => p.id), posts.map((p) => p.id), posts.map((p) => `${origin}${p.viewPath}`)],
    );
    done += pending.length;
  }
}
