import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen, type Routes_ } from '../../../../test/mock-api';
import type { PostDetail } from '../api/types';
import { PostDetailPage } from './PostDetailPage';

const POST_ID = '00000000-0000-4000-8000-0000000000p1'.replace('p1', 'a1');

const post = (over: Partial<PostDetail> = {}): PostDetail => ({
  id: POST_ID,
  releaseId: '00000000-0000-4000-8000-000000000011',
  releaseTitle: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
  organizationId: NODE.id,
  socialAccountId: '00000000-0000-4000-8000-000000000022',
  account: { handle: 'rutan_bengkulu', displayName: 'Humas Rutan', status: 'active' },
  platform: 'x',
  state: 'scheduled',
  version: 3,
  publishAt: '2026-12-07T08:00:00+07:00',
  publishZone: 'Asia/Jakarta',
  publishedAt: null,
  platformPostId: null,
  permalink: null,
  childIds: [],
  attemptCount: 0,
  lastError: null,
  content: {
    text: 'Rutan Bengkulu menggelar penguatan kehumasan.',
    edited: false,
    hashtags: [],
    media: [],
    mentions: [],
  },
  actions: ['schedule', 'edit', 'cancel'],
  attempts: [],
  metrics: null,
  history: [],
  ...over,
});

const routes = (over: Routes_ = {}): Routes_ => ({
  'GET /api/v1/organizations/:id': [200, NODE],
  'GET /api/v1/posts/:id': [200, post()],
  ...over,
});

const editor = meAs('00000000-0000-4000-8000-00000000000e', 'Editor Rutan', [
  'release:read',
  'release:write',
]);
const open = () =>
  renderScreen(<PostDetailPage />, { me: editor, route: `/posts/${POST_ID}`, path: '/posts/:postId' });

// Several requests in a row on a machine shared with other test runs: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
afterEach(() => jest.restoreAllMocks());

describe('PostDetailPage', () => {
  it("explains the platform's error class in plain words on the timeline", async () => {
    mockApi(
      routes({
        'GET /api/v1/posts/:id': [
          200,
          post({
            state: 'failed',
            attemptCount: 1,
            lastError: { class: 'validation', message: 'Text too long (code 186)' },
            attempts: [
              {
                id: 'at1',
                version: 3,
                kind: 'post',
                part: 0,
                startedAt: '2026-12-07T01:00:00.000Z',
                finishedAt: '2026-12-07T01:00:01.000Z',
                outcome: 'rejected',
                platformId: null,
                error: 'Text too long (code 186)',
              },
            ],
          }),
        ],
      }),
    );
    open();
    expect(await screen.findByText(/Percobaan kirim \(postingan\): ditolak platform/)).toBeInTheDocument();
    expect(screen.getAllByText(/Platform menolak isi postingan/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Pesan dari platform: Text too long/)).toBeInTheDocument();
    expect(screen.getByText('Gagal terkirim')).toBeInTheDocument();
  });

  it('asks for confirmation before cancelling, then cancels the version it showed', async () => {
    const calls = mockApi(
      routes({ 'POST /api/v1/posts/:id/cancel': [200, { ...post({ state: 'cancelled', version: 4 }) }] }),
    );
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Batalkan postingan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batalkan postingan ini?' });
    expect(calls.some((c) => c.path.endsWith('/cancel'))).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Jangan batalkan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.some((c) => c.path.endsWith('/cancel'))).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Batalkan postingan' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, batalkan' }),
    );
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/cancel'))?.body).toEqual({ version: 3 }));
  });

  it('answers a conflict with a clear message and a reload that fetches the post again', async () => {
    const calls = mockApi(
      routes({
        'POST /api/v1/posts/:id/cancel': [
          409,
          { error: { code: 'VERSION_CONFLICT', message: 'Versi postingan sudah berubah.' }, requestId: 'r' },
        ],
      }),
    );
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Batalkan postingan' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ya, batalkan' }));
    expect(await within(dialog).findByText('Postingan sudah berubah')).toBeInTheDocument();
    const gets = () =>
      calls.filter((c) => c.method === 'GET' && c.path === `/api/v1/posts/${POST_ID}`).length;
    const before = gets();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(gets()).toBeGreaterThan(before));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers the two ways to settle a post that needs review, and wants the link for "already published"', async () => {
    const calls = mockApi(
      routes({
        'GET /api/v1/posts/:id': [
          200,
          post({
            state: 'needs_review',
            actions: ['mark_published', 'send_again'],
            lastError: { class: 'ambiguous_match', message: '2 posts found' },
          }),
        ],
        'POST /api/v1/posts/:id/resolve': [200, post({ state: 'published', version: 4 })],
      }),
    );
    open();
    expect(await screen.findByRole('button', { name: 'Kirim ulang sekarang' })).toBeInTheDocument();
    expect(screen.getAllByText(/tidak bisa memastikan apakah postingan sudah terbit/).length).toBeGreaterThan(
      0,
    );
    await userEvent.type(screen.getByLabelText(/Alasan \(dicatat di riwayat\)/), 'Sudah dicek di akun.');
    await userEvent.click(screen.getByRole('button', { name: 'Tandai sudah terbit' }));
    expect(await screen.findByText(/Tempelkan tautan lengkap/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/resolve'))).toBe(false);

    await userEvent.type(
      screen.getByLabelText(/Tautan postingan di X/),
      'https://x.com/rutan_bengkulu/status/1',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tandai sudah terbit' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path.endsWith('/resolve'))?.body).toEqual({
        action: 'mark_published',
        version: 3,
        permalink: 'https://x.com/rutan_bengkulu/status/1',
        reason: 'Sudah dicek di akun.',
      }),
    );
  });

  it('says once where the post is now: "Terbit" with its link, "Dibatalkan" with who and why', async () => {
    const h = (action: string, at: string, reason: string | null = null) => ({
      action,
      at,
      actorEmail: 'editor.rutan@warta.local',
      actorId: null,
      data: {},
      reason,
    });
    mockApi(
      routes({
        'GET /api/v1/posts/:id': [
          200,
          post({
            state: 'published',
            publishedAt: '2026-12-07T08:00:01+07:00',
            permalink: 'http://127.0.0.1:4020/__view/x/1',
            actions: [],
            history: [
              h('post.scheduled', '2026-12-06T10:00:00+07:00'),
              h('post.published', '2026-12-07T08:00:01+07:00'),
            ],
          }),
        ],
      }),
    );
    const first = open();
    await screen.findByRole('link', { name: /Lihat postingan di X/ });
    // Once on the timeline (the header's state badge is a span).
    expect(screen.getAllByText('Terbit', { exact: true, selector: 'p' })).toHaveLength(1);
    first.unmount();

    mockApi(
      routes({
        'GET /api/v1/posts/:id': [
          200,
          post({
            state: 'cancelled',
            actions: [],
            history: [
              h('post.scheduled', '2026-12-06T10:00:00+07:00'),
              h('post.cancelled', '2026-12-06T11:00:00+07:00', 'Acara ditunda'),
            ],
          }),
        ],
      }),
    );
    open();
    await screen.findByText(/Acara ditunda/);
    expect(screen.getAllByText(/Acara ditunda/)).toHaveLength(1);
    expect(screen.getAllByText('Dibatalkan', { exact: true, selector: 'p' })).toHaveLength(1);
    expect(screen.getByText('Minggu, 6 Des 2026 11.00 WIB')).toBeInTheDocument();
  });
});
