import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen } from '../../../../test/mock-api';
import type { PostListItem } from '../api/types';
import { PostsPage } from './PostsPage';

const item = (n: number, over: Partial<PostListItem> = {}): PostListItem => ({
  id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  releaseId: '00000000-0000-4000-8000-000000000011',
  releaseTitle: 'Penguatan Kehumasan',
  organization: { id: NODE.id, name: NODE.name, timezone: 'Asia/Makassar' },
  account: { id: 'acc', platform: 'x', handle: 'rutan_bengkulu', displayName: 'Humas Rutan' },
  platform: 'x',
  state: 'published',
  version: 1,
  publishAt: '2026-12-01T01:00:00.000Z',
  publishedAt: '2026-12-01T01:00:00.000Z',
  permalink: null,
  excerpt: `Postingan nomor ${n}`,
  lastError: null,
  ...over,
});

const me = meAs('00000000-0000-4000-8000-00000000000e', 'Editor Rutan', ['release:read']);
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
afterEach(() => jest.restoreAllMocks());

describe('PostsPage', () => {
  it("lists the node's posts with state in words and time in the unit's zone, and loads more by cursor", async () => {
    const calls = mockApi({
      'GET /api/v1/organizations/:id': [200, NODE],
      'GET /api/v1/posts': ({ url }) =>
        url.searchParams.get('cursor') === 'c2'
          ? [200, { items: [item(3, { state: 'failed', platform: 'facebook' })], nextCursor: null }]
          : [200, { items: [item(1), item(2, { state: 'scheduled', publishedAt: null })], nextCursor: 'c2' }],
    });
    renderScreen(<PostsPage />, { me, route: '/posts', path: '/posts' });
    const row = (await screen.findByRole('link', { name: /Postingan nomor 1/ })).closest('tr')!;
    expect(within(row).getByText('Terbit')).toBeInTheDocument();
    // 01:00 UTC is 09.00 in Makassar (WITA), the post's unit's zone.
    expect(within(row).getByText(/09\.00 WITA/)).toBeInTheDocument();
    expect(row.querySelector('a')).toHaveAttribute('href', `/posts/${item(1).id}`);
    expect(calls.find((c) => c.path === '/api/v1/posts')!.query.get('organizationId')).toBe(NODE.id);

    await userEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    const third = (await screen.findByRole('link', { name: /Postingan nomor 3/ })).closest('tr')!;
    expect(within(third).getByText('Gagal')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument(),
    );
  });

  it('says so when the node has no posts yet', async () => {
    mockApi({
      'GET /api/v1/organizations/:id': [200, NODE],
      'GET /api/v1/posts': [200, { items: [], nextCursor: null }],
    });
    renderScreen(<PostsPage />, { me, route: '/posts', path: '/posts' });
    expect(await screen.findByText('Belum ada postingan')).toBeInTheDocument();
  });
});
