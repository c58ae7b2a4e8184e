import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen } from '../../../../test/mock-api';
import type { SocialAccount } from '../api/types';
import { AccountsPage } from './AccountsPage';

afterEach(() => jest.restoreAllMocks());

const DAY = 24 * 60 * 60 * 1000;
const account = (over: Partial<SocialAccount>): SocialAccount => ({
  id: 'acc-x',
  organizationId: NODE.id,
  platform: 'x',
  externalId: '1',
  handle: 'rutan_bengkulu',
  displayName: 'Humas Rutan X',
  parentExternalId: null,
  status: 'active',
  statusReason: null,
  scopes: ['tweet.write', 'offline.access'],
  expiresAt: new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString(),
  tokenRefreshedAt: null,
  connectedBy: null,
  postingSlots: ['08:00', '19:00'],
  version: 2,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

const ACCOUNTS = [
  account({}),
  account({
    id: 'acc-fb',
    platform: 'facebook',
    handle: 'Rutan Bengkulu',
    displayName: 'Rutan Bengkulu FB',
    scopes: [],
    expiresAt: new Date(Date.now() + 5 * DAY + 60_000).toISOString(),
  }),
  account({
    id: 'acc-ig',
    platform: 'instagram',
    handle: 'rutan.bengkulu',
    displayName: 'Rutan Bengkulu IG',
    scopes: [],
    expiresAt: new Date(Date.now() + 40 * DAY + 60_000).toISOString(),
  }),
  account({
    id: 'acc-ig2',
    platform: 'instagram',
    handle: 'rutan.lama',
    displayName: 'Rutan Lama IG',
    status: 'needs_reconnect',
    statusReason: 'auth_revoked',
    scopes: [],
    expiresAt: null,
  }),
];

function routes(extra: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/v1/organizations/:id': [200, NODE],
    'GET /api/v1/organizations': [200, { items: [{ ...NODE, depth: 2 }], nextCursor: null }],
    'GET /api/v1/accounts': [200, { items: ACCOUNTS, nextCursor: null }],
    'DELETE /api/v1/accounts/:id': [200, { ...ACCOUNTS[0], status: 'disconnected' }],
    ...(extra as Record<string, [number, unknown]>),
  });
}

const admin = meAs('u-admin', 'Admin Rutan', ['account:read', 'account:manage']);
const editor = meAs('u-editor', 'Editor Rutan', ['account:read']);
const card = (name: RegExp) => screen.getByRole('article', { name });

describe('AccountsPage', () => {
  it('says how each account is doing in words: renewed automatically, expiring soon with days left, needs reconnecting', async () => {
    routes();
    renderScreen(<AccountsPage />, { me: editor, route: '/accounts', path: '/accounts' });
    const x = await screen.findByRole('article', { name: 'X (Twitter): Humas Rutan X' });
    expect(within(x).getByText('Terhubung')).toBeInTheDocument();
    expect(x).toHaveTextContent('Izin akses diperbarui otomatis oleh Warta.');
    expect(x).toHaveTextContent('Jam tayang: 08.00, 19.00 WIB');

    const fb = card(/Rutan Bengkulu FB/);
    expect(within(fb).getByText('Segera kedaluwarsa')).toBeInTheDocument();
    expect(fb).toHaveTextContent(/\(5 hari lagi\)/);
    expect(fb).toHaveTextContent(/WIB/);

    const ig = card(/Rutan Bengkulu IG/);
    expect(within(ig).getByText('Terhubung')).toBeInTheDocument();
    expect(ig).toHaveTextContent(/\(40 hari lagi\)/);

    const broken = card(/Rutan Lama IG/);
    expect(within(broken).getByText('Perlu dihubungkan ulang')).toBeInTheDocument();
    expect(broken).toHaveTextContent('Warta tidak dapat memposting dengan akun ini');
  });

  it('shows no connect, disconnect or slot controls to someone without account:manage', async () => {
    routes();
    renderScreen(<AccountsPage />, { me: editor, route: '/accounts', path: '/accounts' });
    await screen.findByRole('article', { name: 'X (Twitter): Humas Rutan X' });
    expect(screen.queryByRole('button', { name: 'Hubungkan X' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Putuskan/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ubah jam tayang/ })).not.toBeInTheDocument();
    expect(screen.getByText(/hubungi admin unit Anda/)).toBeInTheDocument();
  });

  it('disconnects only after the confirmation, with the reason given', async () => {
    const calls = routes();
    renderScreen(<AccountsPage />, { me: admin, route: '/accounts', path: '/accounts' });
    const button = await screen.findByRole('button', { name: 'Putuskan X (Twitter) Humas Rutan X' });
    expect(screen.getByRole('button', { name: 'Hubungkan X' })).toBeInTheDocument();

    await userEvent.click(button);
    let dialog = await screen.findByRole('dialog', { name: 'Putuskan X (Twitter) Humas Rutan X?' });
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([]);

    await userEvent.click(button);
    dialog = await screen.findByRole('dialog', { name: 'Putuskan X (Twitter) Humas Rutan X?' });
    await userEvent.type(within(dialog).getByLabelText(/Alasan/), 'ganti admin');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ya, putuskan' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1));
    const sent = calls.find((c) => c.method === 'DELETE')!;
    expect(sent.path).toBe('/api/v1/accounts/acc-x');
    expect(sent.query.get('reason')).toBe('ganti admin');
  });

  it('tells the person how the connect ended when the api sends them back', async () => {
    routes();
    renderScreen(<AccountsPage />, {
      me: admin,
      route: '/accounts?error=OAUTH_DENIED',
      path: '/accounts',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Izin tidak diberikan di halaman persetujuan');
  });
});
