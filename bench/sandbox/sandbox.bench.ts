import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { join } from 'node:path';

/*
 * Sandbox throughput: POST /2/tweets (X) and POST /{page}/feed (Graph) with a unique text per
 * request, rate limits and duplicate detection off. Target: >= 5,000 req/s for an X text post.
 *
 *   node -r ./scripts/register.js bench/sandbox/sandbox.bench.ts [--duration 10] [--connections 50]
 */

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 50);
const TARGET = 5000;

interface Origins {
  xOrigin: string;
  graphOrigin: string;
}

async function control<T>(origin: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${origin}/__sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function run(title: string, opts: autocannon.Options): Promise<autocannon.Result> {
  // A short warm-up so the JIT has compiled the hot path before we measure.
  await autocannon({ ...opts, duration: 2 });
  const result = await autocannon({ ...opts, duration: DURATION });
  const ok = result['2xx'];
  console.log(
    `${title.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ` +
      `2xx ${ok}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}`,
  );
  return result;
}

async function main(): Promise<void> {
  const child = fork(join(__dirname, 'sandbox-server.child.ts'), [], {
    execArgv: ['-r', join(__dirname, '..', '..', 'scripts', 'register.js')],
    stdio: 'inherit',
  });
  const origins = await new Promise<Origins>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Origins));
    child.once('exit', (code) => reject(new Error(`sandbox child exited with ${code}`)));
  });

  try {
    await control(origins.xOrigin, 'POST', 'profile', {
      x: { rateProfile: 'off', duplicateWindowSeconds: 0 },
      facebook: { duplicateWindowSeconds: 0 },
    });
    const seeded = await control<{
      x: Array<{ accessToken: string }>;
      facebook: Array<{ pages: Array<{ id: string; accessToken: string }> }>;
    }>(origins.xOrigin, 'POST', 'accounts', {
      x: [{ username: 'bench_humas', tokenExpiresInSeconds: 86_400 }],
      facebook: [{ name: 'Bench Admin', pages: [{ name: 'Bench Page' }] }],
    });
    const xToken = seeded.x[0].accessToken;
    const page = seeded.facebook[0].pages[0];

    console.log(
      `sandbox benchmark: ${CONNECTIONS} connections, ${DURATION} s per run, sandbox in a child process`,
    );
    const x = await run('X POST /2/tweets', {
      url: `${origins.xOrigin}/2/tweets`,
      method: 'POST',
      connections: CONNECTIONS,
      headers: { authorization: `Bearer ${xToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Siaran pers Kanwil nomor [<id>] https://example.go.id/rilis #humas' }),
      idReplacement: true,
    });
    const fb = await run('Graph POST /{page}/feed', {
      url: `${origins.graphOrigin}/v25.0/${page.id}/feed`,
      method: 'POST',
      connections: CONNECTIONS,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `message=${encodeURIComponent('Siaran pers Facebook nomor ')}[<id>]&access_token=${page.accessToken}`,
      idReplacement: true,
    });

    const state = await control<{ x: { tweets: unknown[] }; facebook: { posts: unknown[] } }>(
      origins.xOrigin,
      'GET',
      'state',
    );
    console.log(`stored: ${state.x.tweets.length} tweets, ${state.facebook.posts.length} Facebook posts`);
    const pass = x.requests.average >= TARGET && x.non2xx === 0;
    console.log(
      `target >= ${TARGET} req/s for an X text post: ${pass ? 'met' : 'NOT met'} (${x.requests.average.toFixed(0)} req/s)`,
    );
    if (fb.non2xx > 0) console.log('warning: Graph run had non-2xx answers');
    process.exitCode = pass ? 0 : 1;
  } finally {
    child.send('stop');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
