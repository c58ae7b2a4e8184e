import { escapeHtml, page, safeUrl } from '../core/html';
import { SandboxStore } from '../core/sandbox-store';
import { FbPost, IgMedia, XTweet } from '../core/sandbox-state';
import { fbPostMetrics } from '../graph/facebook-metrics';
import { containerStatus } from '../graph/instagram-publishing';
import { igMediaMetrics } from '../graph/instagram-metrics';
import { tweetMetrics } from '../x/x-metrics';

/*
 * The feed viewer: every sandbox account's timeline drawn roughly as the platform would, so a
 * person running the demo can see what Warta published. Every piece of user content is escaped.
 */

const when = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function renderFeedPage(store: SandboxStore, origins: { x: string; graph: string }): string {
  const now = store.now();
  const s = store.state;
  const nav =
    `<header><h1>Warta platform sandbox — Lini masa / Timelines</h1>` +
    `<div class="muted" style="color:#cbd5e1">Jam virtual / virtual clock: ${escapeHtml(new Date(now).toISOString())}` +
    ` · X API: ${escapeHtml(origins.x)} · Graph API: ${escapeHtml(origins.graph)}</div></header>`;

  const xUsers = Object.values(s.x.users)
    .map((u) => {
      const roots = store
        .timelineOf(u.id)
        .map((id) => s.x.tweets[id])
        .filter(
          (t): t is XTweet => !!t && (t.inReplyToId === null || s.x.tweets[t.inReplyToId]?.authorId !== u.id),
        )
        .reverse();
      const body = roots.length
        ? roots.map((t) => renderTweet(store, t, now, 0)).join('')
        : '<p class="muted">Belum ada posting / no posts yet.</p>';
      return `<section><h3>@${escapeHtml(u.username)} <span class="muted">${escapeHtml(u.name)} · ${u.followers} pengikut / followers</span></h3>${body}</section>`;
    })
    .join('');

  const pages = Object.values(s.graph.pages)
    .map((p) => {
      const posts = store
        .postsOfPage(p.id)
        .map((id) => s.graph.posts[id])
        .filter((x): x is FbPost => !!x)
        .sort((a, b) => b.publishAt - a.publishAt)
        .map((post) => renderFbPost(store, post, now))
        .join('');
      return `<section><h3>${escapeHtml(p.name)} <span class="muted">${p.followers} pengikut / followers</span></h3>${posts || '<p class="muted">Belum ada posting / no posts yet.</p>'}</section>`;
    })
    .join('');

  const igs = Object.values(s.graph.igAccounts)
    .map((ig) => {
      const media = store
        .igMediaOf(ig.id)
        .map((id) => s.graph.igMedia[id])
        .filter((m): m is IgMedia => !!m)
        .reverse()
        .map((m) => renderIgMedia(store, m, now))
        .join('');
      const pending = Object.values(s.graph.containers)
        .filter((c) => c.igUserId === ig.id && !c.isCarouselItem && !c.publishedMediaId)
        .map((c) => {
          const st = containerStatus(c, now, s.profile.instagram.containerExpirySeconds);
          return `<div class="muted">Container ${escapeHtml(c.id)} (${escapeHtml(c.mediaType)}): <span class="badge${st === 'ERROR' ? ' red' : ''}">${st}</span></div>`;
        })
        .join('');
      return `<section><h3>@${escapeHtml(ig.username)} <span class="muted">Instagram · ${ig.followers} pengikut / followers</span></h3>${pending}<div class="grid">${media || '<p class="muted">Belum ada posting / no posts yet.</p>'}</div></section>`;
    })
    .join('');

  const body =
    `${nav}<main><h2>X</h2>${xUsers || '<p class="muted">Tidak ada akun / no accounts.</p>'}` +
    `<h2>Facebook</h2>${pages || '<p class="muted">Tidak ada Halaman / no Pages.</p>'}` +
    `<h2>Instagram</h2>${igs || '<p class="muted">Tidak ada akun / no accounts.</p>'}</main>`;
  return page('Warta sandbox — feed', body, { refreshSeconds: 10 });
}

export function renderTweet(store: SandboxStore, t: XTweet, now: number, depth: number): string {
  const s = store.state;
  const user = s.x.users[t.authorId];
  const deleted = t.deletedAt !== null;
  const m = tweetMetrics(store, t, now).public_metrics;
  const media = t.mediaIds
    .map((id) => s.x.media[id])
    .filter((x) => !!x)
    .map((x) =>
      x.kind === 'video'
        ? `<span class="badge blue">video ${escapeHtml(x.id)}</span>`
        : `<img src="/__media/x-${escapeHtml(x.id)}" alt="${escapeHtml(x.altText ?? '')}">`,
    )
    .join('');
  const replies =
    depth < 25
      ? store
          .repliesTo(t.id)
          .map((id) => s.x.tweets[id])
          .filter((r): r is XTweet => !!r)
          .map((r) => renderTweet(store, r, now, depth + 1))
          .join('')
      : '';
  const permalink = `https://x.com/${user?.username ?? 'i'}/status/${t.id}`;
  return (
    `<div class="card${deleted ? ' deleted' : ''}" id="x-${escapeHtml(t.id)}">` +
    `<div class="muted">@${escapeHtml(user?.username)} · ${when(t.createdAt)}${deleted ? '<span class="badge red">dihapus / deleted</span>' : ''}</div>` +
    `<div class="text">${escapeHtml(t.text)}</div>${media ? `<div class="media">${media}</div>` : ''}` +
    `<div class="metrics">💬 ${m.reply_count} · 🔁 ${m.retweet_count} · ❤ ${m.like_count} · 👁 ${m.impression_count}` +
    ` · <a href="${safeUrl(permalink)}">${escapeHtml(permalink)}</a> · <a href="/__view/x/${escapeHtml(t.id)}">lihat / view</a></div>` +
    (replies ? `<div class="replies">${replies}</div>` : '') +
    `</div>`
  );
}

export function renderFbPost(store: SandboxStore, p: FbPost, now: number): string {
  const s = store.state;
  const page = s.graph.pages[p.pageId];
  const deleted = p.deletedAt !== null;
  const scheduled = p.scheduled && p.publishAt > now;
  const m = fbPostMetrics(store, p, now);
  const photos = p.photoIds.map((id) => `<img src="/__media/fb-${escapeHtml(id)}" alt="">`).join('');
  const comments = p.commentIds
    .map((id) => s.graph.comments[id])
    .filter((c) => !!c)
    .map(
      (c) =>
        `<div class="comment${c.deletedAt ? ' deleted' : ''}"><b>${escapeHtml(c.fromName)}</b> <span class="text">${escapeHtml(c.message)}</span> <span class="muted">${when(c.createdAt)}</span></div>`,
    )
    .join('');
  const localId = p.id.split('_')[1];
  const permalink = `https://www.facebook.com/${page?.username ?? p.pageId}/posts/${localId}`;
  const badges =
    (deleted ? '<span class="badge red">dihapus / deleted</span>' : '') +
    (scheduled ? `<span class="badge blue">terjadwal / scheduled ${when(p.publishAt)}</span>` : '') +
    (p.unpublished ? '<span class="badge">tidak terbit / unpublished</span>' : '');
  return (
    `<div class="card${deleted ? ' deleted' : ''}" id="fb-${escapeHtml(p.id)}">` +
    `<div class="muted">${escapeHtml(page?.name)} · ${when(p.publishAt)}${badges}</div>` +
    `<div class="text">${escapeHtml(p.message ?? '')}</div>` +
    (p.link
      ? `<div><a href="${safeUrl(p.link)}" rel="nofollow noopener">${escapeHtml(p.link)}</a></div>`
      : '') +
    (photos ? `<div class="media">${photos}</div>` : '') +
    `<div class="metrics">👍 ${m.reactionsTotal} · 💬 ${m.comments} · ↗ ${m.shares} · 👁 ${m.views}` +
    ` · <a href="${safeUrl(permalink)}">${escapeHtml(permalink)}</a> · <a href="/__view/facebook/${escapeHtml(p.id)}">lihat / view</a></div>` +
    comments +
    `</div>`
  );
}

export function renderIgMedia(store: SandboxStore, m: IgMedia, now: number): string {
  const s = store.state;
  const ig = s.graph.igAccounts[m.igUserId];
  const deleted = m.deletedAt !== null;
  const metrics = igMediaMetrics(store, m, now);
  const images = (m.childIds.length ? m.childIds.map((c) => s.graph.igMedia[c]) : [m])
    .filter((x) => !!x)
    .map((x) =>
      x.blobId
        ? `<img src="/__media/${escapeHtml(x.blobId)}" alt="">`
        : `<span class="badge blue">${escapeHtml(x.mediaType)}</span>`,
    )
    .join('');
  const comments = m.commentIds
    .map((id) => s.graph.comments[id])
    .filter((c) => !!c)
    .map(
      (c) =>
        `<div class="comment${c.deletedAt ? ' deleted' : ''}"><b>${escapeHtml(c.fromName)}</b> <span class="text">${escapeHtml(c.message)}</span></div>`,
    )
    .join('');
  const permalink = `https://www.instagram.com/${m.productType === 'REELS' ? 'reel' : 'p'}/${m.shortcode}/`;
  return (
    `<div class="card${deleted ? ' deleted' : ''}" id="ig-${escapeHtml(m.id)}">` +
    `<div class="muted">@${escapeHtml(ig?.username)} · ${escapeHtml(m.productType)} · ${when(m.createdAt)}${deleted ? '<span class="badge red">dihapus / deleted</span>' : ''}</div>` +
    `<div class="media">${images}</div><div class="text">${escapeHtml(m.caption ?? '')}</div>` +
    `<div class="metrics">❤ ${metrics.likes} · 💬 ${metrics.comments} · 👁 ${metrics.views}` +
    ` · <a href="${safeUrl(permalink)}">${escapeHtml(permalink)}</a> · <a href="/__view/instagram/${escapeHtml(m.id)}">lihat / view</a></div>` +
    comments +
    `</div>`
  );
}
