import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen } from '../../../../test/mock-api';
import type { NotificationItem } from '../api/types';
import { notificationLink } from './links';
import { NotificationBell } from './NotificationBell';
import { NotificationsPage } from './NotificationsPage';

afterEach(() => jest.restoreAllMocks());

const note = (over: Partial<NotificationItem>): NotificationItem => ({
  id: 'n-1',
  kind: 'post_failed',
  reason: 'validation',
  title: 'Postingan X gagal terbit',
  body: 'Teks terlalu panjang untuk X.',
  organizationId: NODE.id,
  postId: 'post-1',
  socialAccountId: 'acc-1',
  params: {},
  createdAt: '2026-12-06T01:00:00.000Z',
  read: false,
  ...over,
});

const NOTES = [
  note({}),
  note({
    id: 'n-2',
    kind: 'post_needs_review',
    title: 'Postingan Facebook perlu ditinjau',
    postId: 'post-2',
  }),
  note({
    id: 'n-3',
    kind: 'account_needs_reconnect',
    title: 'Akun Instagram perlu dihubungkan ulang',
    postId: null,
  }),
];

function routes({ unread = NOTES, approvals = [] as unknown[], changes = [] as unknown[] } = {}) {
  return mockApi({
    'GET /api/v1/organizations/:id': [200, NODE],
    'GET /api/v1/notifications': ({ url }) =>
      url.searchParams.get('unread') === 'true'
        ? [200, { items: unread, nextCursor: null }]
        : [200, { items: NOTES, nextCursor: null }],
    'GET /api/v1/approvals': [200, { items: approvals, nextCursor: null }],
    'GET /api/v1/releases': [200, { items: changes, nextCursor: null }],
    'POST /api/v1/notifications/read-all': [200, { readThrough: '2026-12-06T02:00:00.000Z' }],
    'POST /api/v1/notifications/:id/read': [200, {}],
  });
}

const release = (id: string, title: string) => ({
  id,
  title,
  organizationId: NODE.id,
  status: 'in_review',
  updatedAt: '2026-12-06T00:00:00.000Z',
});

describe('NotificationBell', () => {
  it('names its count: "Notifikasi, 3 belum dibaca", with the number on the bell', async () => {
    routes();
    renderScreen(<NotificationBell />, { me: meAs('u1', 'Editor', ['release:read']), route: '/', path: '/' });
    const bell = await screen.findByRole('button', { name: 'Notifikasi, 3 belum dibaca' });
    expect(bell).toBeInTheDocument();
    expect(screen.getByTestId('bell-indicator')).toHaveTextContent('3');
  });

  it('with nothing unread it says so and shows no number', async () => {
    routes({ unread: [] });
    renderScreen(<NotificationBell />, { me: meAs('u1', 'Editor', ['release:read']), route: '/', path: '/' });
    expect(
      await screen.findByRole('button', { name: 'Notifikasi, tidak ada yang belum dibaca' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('bell-indicator')).not.toHaveTextContent(/\d/);
  });

  it('counts releases waiting for my approval and those sent back to me', async () => {
    routes({
      unread: [NOTES[0]!],
      approvals: [release('r-1', 'Rilis A'), release('r-2', 'Rilis B')],
      changes: [release('r-3', 'Rilis C')],
    });
    renderScreen(<NotificationBell />, {
      me: meAs('u1', 'Penyetuju', ['release:read', 'release:write', 'release:approve']),
      route: '/',
      path: '/',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifikasi, 4 belum dibaca' }));
    const dropdown = await screen.findByRole('dialog', { name: /^Notifikasi, / });
    expect(within(dropdown).getByRole('link', { name: 'Rilis A' })).toHaveAttribute('href', '/approvals/r-1');
    expect(within(dropdown).getByRole('link', { name: 'Rilis C' })).toHaveAttribute('href', '/releases/r-3');
  });

  it('links each notification to where it is fixed', async () => {
    routes();
    renderScreen(<NotificationBell />, { me: meAs('u1', 'Editor', ['release:read']), route: '/', path: '/' });
    await userEvent.click(await screen.findByRole('button', { name: 'Notifikasi, 3 belum dibaca' }));
    const dropdown = await screen.findByRole('dialog', { name: /^Notifikasi, / });
    expect(await within(dropdown).findByRole('link', { name: 'Postingan X gagal terbit' })).toHaveAttribute(
      'href',
      '/posts/post-1',
    );
    expect(within(dropdown).getByRole('link', { name: 'Postingan Facebook perlu ditinjau' })).toHaveAttribute(
      'href',
      '/posts/post-2',
    );
    expect(
      within(dropdown).getByRole('link', { name: 'Akun Instagram perlu dihubungkan ulang' }),
    ).toHaveAttribute('href', '/accounts');
    expect(within(dropdown).getByRole('link', { name: 'Lihat semua notifikasi' })).toHaveAttribute(
      'href',
      '/notifications',
    );
  });
});

describe('notification links', () => {
  it('a post problem opens the post; an account problem opens the accounts screen', () => {
    expect(notificationLink({ kind: 'post_failed', postId: 'p' })).toBe('/posts/p');
    expect(notificationLink({ kind: 'post_needs_review', postId: 'q' })).toBe('/posts/q');
    expect(notificationLink({ kind: 'account_needs_reconnect', postId: null })).toBe('/accounts');
  });
});

describe('NotificationsPage', () => {
  it('marks one read, and all read', async () => {
    const calls = routes();
    renderScreen(<NotificationsPage />, {
      me: meAs('u1', 'Editor', ['release:read']),
      route: '/notifications',
      path: '/notifications',
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Tandai sudah dibaca: Postingan X gagal terbit' }),
    );
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/n-1/read')).toBe(
        true,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/read-all')).toBe(
        true,
      ),
    );
  });
});
