import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen } from '../../../../test/mock-api';
import { ReleasesPage } from './ReleasesPage';

const EDITOR = '00000000-0000-4000-8000-00000000000e';
const item = (n: number, status = 'draft') => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  organizationId: NODE.id,
  authorId: EDITOR,
  title: `Rilis ${n}`,
  body: 'Isi.',
  link: null,
  language: 'id',
  tags: [],
  status,
  version: 1,
  createdAt: '2026-12-06T01:00:00.000Z',
  updatedAt: '2026-12-06T01:00:00.000Z',
});

const render = () =>
  renderScreen(<ReleasesPage />, {
    me: meAs(EDITOR, 'Arsuindo', ['release:read', 'release:write']),
    route: '/releases',
    path: '/releases',
  });

describe('ReleasesPage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('points an editor with no release yet to "Tulis rilis"', async () => {
    mockApi({
      'GET /api/v1/organizations/:id': [200, NODE],
      'GET /api/v1/releases': [200, { items: [], nextCursor: null }],
    });
    render();
    expect(await screen.findByText('Belum ada rilis')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Tulis rilis' }).at(-1)).toHaveAttribute('href', '/compose');
  });

  it('lists releases with their status in words, and loads more from the cursor', async () => {
    const calls = mockApi({
      'GET /api/v1/organizations/:id': [200, NODE],
      'GET /api/v1/releases': ({ url }) =>
        url.searchParams.get('cursor') === 'c2'
          ? [200, { items: [item(3, 'approved')], nextCursor: null }]
          : [200, { items: [item(1, 'in_review'), item(2, 'changes_requested')], nextCursor: 'c2' }],
    });
    render();
    expect(await screen.findByRole('link', { name: 'Rilis 1' })).toHaveAttribute(
      'href',
      `/releases/${item(1).id}`,
    );
    expect(screen.getByText('Menunggu persetujuan')).toBeInTheDocument();
    expect(screen.getByText('Perlu perbaikan')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByRole('link', { name: 'Rilis 3' })).toBeInTheDocument();
    expect(screen.getByText('Disetujui')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/v1/releases')).toHaveLength(2);
  });
});
