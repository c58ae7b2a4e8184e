import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen } from '../../../../test/mock-api';
import { ComposePage } from './ComposePage';

const EDITOR = '00000000-0000-4000-8000-00000000000e';
const RELEASE_ID = '00000000-0000-4000-8000-000000000101';
const accounts = {
  items: [
    {
      id: 'a-x',
      organizationId: NODE.id,
      platform: 'x',
      handle: 'rutan_bengkulu',
      displayName: 'Humas Rutan Bengkulu',
      status: 'active',
    },
    {
      id: 'a-fb',
      organizationId: NODE.id,
      platform: 'facebook',
      handle: 'Rutan Bengkulu',
      displayName: 'Rutan Bengkulu',
      status: 'active',
    },
  ],
  nextCursor: null,
};

function setup() {
  const calls = mockApi({
    'GET /api/v1/organizations/:id': [200, NODE],
    'GET /api/v1/accounts': [200, accounts],
    'POST /api/v1/releases': [201, { id: RELEASE_ID, organizationId: NODE.id, version: 1, status: 'draft' }],
    'POST /api/v1/releases/:id/drafts': [201, { items: [] }],
  });
  renderScreen(<ComposePage />, {
    me: meAs(EDITOR, 'Arsuindo', ['release:read', 'release:write']),
    route: '/compose',
    path: '/compose',
  });
  return calls;
}

function file(name: string, type: string, size: number) {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

describe('ComposePage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('refuses a wrong type and a too-large file before any upload starts', async () => {
    const open = jest.spyOn(XMLHttpRequest.prototype, 'open');
    setup();
    await screen.findByLabelText(/^Judul rilis/);
    const input = document.body.querySelector<HTMLInputElement>('input[type=file]')!;
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(input, [
      file('animasi.gif', 'image/gif', 1000),
      file('foto.jpg', 'image/jpeg', 16 * 1024 * 1024),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('animasi.gif: jenis berkas ini tidak didukung');
    expect(alert).toHaveTextContent('foto.jpg terlalu besar (16 MB); batasnya 15 MB');
    expect(open).not.toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('previews as the editor types, then saves the release and its drafts', async () => {
    const calls = setup();
    const title = await screen.findByLabelText(/^Judul rilis/);
    fireEvent.change(title, { target: { value: 'Rutan Bengkulu Gelar Penguatan Kehumasan' } });
    fireEvent.change(screen.getByLabelText(/^Isi rilis/), {
      target: {
        value:
          'BENGKULU - Rutan Kelas IIB Bengkulu menggelar penguatan kehumasan, Selasa (15/10).\n\nAcara dihadiri pengelola humas.',
      },
    });
    expect(await screen.findByRole('region', { name: 'Pratinjau X (Twitter)' })).toHaveTextContent(
      'Rutan Kelas IIB Bengkulu menggelar penguatan kehumasan',
    );
    // The dateline stays out of X, where the account names the place; Facebook keeps the release as written.
    expect(screen.getByRole('region', { name: 'Pratinjau X (Twitter)' })).not.toHaveTextContent('BENGKULU -');
    expect(screen.getByRole('region', { name: 'Pratinjau Facebook' })).toHaveTextContent('BENGKULU -');
    // No Instagram account: said plainly.
    expect(screen.getByText(/Belum ada akun Instagram yang terhubung/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Simpan rilis' }));
    await waitFor(() => expect(screen.getByText('elsewhere')).toBeInTheDocument());
    const posted = calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body]);
    expect(posted).toEqual([
      [
        '/api/v1/releases',
        {
          organizationId: NODE.id,
          title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
          body: 'BENGKULU - Rutan Kelas IIB Bengkulu menggelar penguatan kehumasan, Selasa (15/10).\n\nAcara dihadiri pengelola humas.',
        },
      ],
      [`/api/v1/releases/${RELEASE_ID}/drafts`, {}],
    ]);
  });

  it('says what is missing instead of saving an empty release', async () => {
    const calls = setup();
    await screen.findByLabelText(/^Judul rilis/);
    await userEvent.click(screen.getByRole('button', { name: 'Simpan rilis' }));
    expect(await screen.findByText('Judul rilis wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Isi rilis wajib diisi.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
