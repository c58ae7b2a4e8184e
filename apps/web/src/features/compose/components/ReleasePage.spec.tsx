import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen, type Routes_ } from '../../../../test/mock-api';
import { ReleasePage } from './ReleasePage';

const EDITOR = '00000000-0000-4000-8000-00000000000e';
const RELEASE_ID = '00000000-0000-4000-8000-000000000101';
const DRAFT_ID = '00000000-0000-4000-8000-000000000201';

const release = (over: Record<string, unknown> = {}) => ({
  id: RELEASE_ID,
  organizationId: NODE.id,
  authorId: EDITOR,
  title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
  body: 'Rutan Kelas IIB Bengkulu menggelar penguatan kehumasan, Selasa (15/10).',
  link: null,
  language: 'id',
  tags: [],
  status: 'draft',
  version: 3,
  media: [],
  createdAt: '2026-12-06T01:00:00.000Z',
  updatedAt: '2026-12-06T02:00:00.000Z',
  ...over,
});

const xDraft = (over: Record<string, unknown> = {}) => ({
  id: DRAFT_ID,
  releaseId: RELEASE_ID,
  socialAccountId: 'a-x',
  account: { handle: 'rutan_bengkulu', displayName: 'Humas Rutan Bengkulu', status: 'active' },
  platform: 'x',
  state: 'draft',
  version: 1,
  text: 'Rutan Kelas IIB Bengkulu menggelar penguatan kehumasan, Selasa (15/10).',
  hashtags: [],
  mentions: [],
  media: [],
  edited: false,
  publishAt: null,
  report: {
    publishable: true,
    used: {
      characters: { used: 70 },
      hashtags: { used: 0 },
      mentions: { used: 0 },
      images: { used: 0 },
      videos: { used: 0 },
    },
    problems: [],
  },
  factCheck: { consistent: true, differences: [] },
  createdAt: '2026-12-06T01:00:00.000Z',
  updatedAt: '2026-12-06T01:00:00.000Z',
  ...over,
});

function setup(routes: Routes_, permissions = ['release:read', 'release:write', 'post:schedule']) {
  const calls = mockApi({
    'GET /api/v1/organizations/:id': [200, NODE],
    'GET /api/v1/releases/:id': [200, release()],
    'GET /api/v1/releases/:id/drafts': [200, { items: [xDraft()] }],
    'GET /api/v1/releases/:id/approvals': [200, { items: [] }],
    ...routes,
  });
  renderScreen(<ReleasePage />, {
    me: meAs(EDITOR, 'Arsuindo', permissions),
    route: `/releases/${RELEASE_ID}`,
    path: '/releases/:releaseId',
  });
  return calls;
}

describe('ReleasePage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers a draft saved over a newer version with a clear message and a reload, never an overwrite', async () => {
    const calls = setup({
      'PATCH /api/v1/drafts/:id': [
        409,
        {
          error: {
            code: 'VERSION_CONFLICT',
            message:
              'Data ini sudah diubah orang lain (versi 2, Anda mengirim 1). Muat ulang lalu coba lagi.',
          },
          requestId: 'req-409',
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah draf X (Twitter)' }));
    fireEvent.change(screen.getByLabelText('Teks X (Twitter)'), { target: { value: 'Teks baru untuk X.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf X (Twitter)' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sudah diubah orang lain');
    expect(alert).toHaveTextContent('Perubahan Anda belum disimpan');
    expect(
      calls.filter((c) => c.method === 'PATCH').map(({ method, path, body }) => ({ method, path, body })),
    ).toEqual([
      {
        method: 'PATCH',
        path: `/api/v1/drafts/${DRAFT_ID}`,
        body: { version: 1, text: 'Teks baru untuk X.' },
      },
    ]);
    const draftLoads = calls.filter((c) => c.path.endsWith('/drafts')).length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.path.endsWith('/drafts')).length).toBeGreaterThan(draftLoads),
    );
    expect(screen.queryByText('Sudah diubah orang lain')).not.toBeInTheDocument();
  });

  it('counts a draft edit live, red over the limit', async () => {
    setup({});
    await userEvent.click(await screen.findByRole('button', { name: 'Ubah draf X (Twitter)' }));
    fireEvent.change(screen.getByLabelText('Teks X (Twitter)'), { target: { value: 'a'.repeat(290) } });
    const counter = await screen.findByRole('img', { name: '290 dari 280 karakter, lebih 10' });
    expect(counter).toHaveAttribute('data-counter-state', 'over');
    expect(screen.getByText(/Harus diperbaiki/)).toBeInTheDocument();
  });

  it('submits a draft release with the version read, and shows no approve button to its editor', async () => {
    const calls = setup({
      'POST /api/v1/releases/:id/submit': [
        200,
        { ...release({ status: 'in_review', version: 4 }), approval: null },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ajukan persetujuan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path.endsWith('/submit'))).toMatchObject({ body: { version: 3 } }),
    );
    expect(screen.queryByRole('button', { name: /setujui/i })).not.toBeInTheDocument();
  });

  it('schedules an approved release at a time in the unit zone, and lists the posts with a link', async () => {
    let scheduled = false;
    const calls = setup({
      'GET /api/v1/releases/:id': [200, release({ status: 'approved' })],
      'GET /api/v1/releases/:id/drafts': () => [
        200,
        {
          items: [
            scheduled
              ? xDraft({ state: 'scheduled', version: 2, publishAt: '2030-12-07T01:00:00.000Z' })
              : xDraft(),
          ],
        },
      ],
      'POST /api/v1/releases/:id/schedule': () => {
        scheduled = true;
        return [200, { items: [] }];
      },
    });
    fireEvent.change(await screen.findByLabelText('Tanggal'), { target: { value: '07/12/2030' } });
    fireEvent.change(screen.getByLabelText('Jam (WIB)'), { target: { value: '08:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Jadwalkan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path.endsWith('/schedule'))).toMatchObject({
        body: { mode: 'at', publishAt: '2030-12-07T08:00:00+07:00' },
      }),
    );
    const link = await screen.findByRole('link', { name: 'X (Twitter) · Humas Rutan Bengkulu' });
    expect(link).toHaveAttribute('href', `/posts/${DRAFT_ID}`);
    expect(screen.getByText(/7 Des 2030 08\.00 WIB/)).toBeInTheDocument();
  });
});
