import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, mockApi, NODE, renderScreen, type Routes_ } from '../../../../test/mock-api';
import { ApprovalReviewPage } from './ApprovalReviewPage';

const AUTHOR = '00000000-0000-4000-8000-00000000000a';
const APPROVER = '00000000-0000-4000-8000-00000000000b';
const RELEASE_ID = '00000000-0000-4000-8000-0000000000r1'.replace('r1', '01');

const release = (over: Record<string, unknown> = {}) => ({
  id: RELEASE_ID,
  organizationId: NODE.id,
  authorId: AUTHOR,
  title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
  body: 'Acara digelar pada Selasa 15 Oktober di aula utama.',
  link: null,
  language: 'id',
  tags: [],
  status: 'in_review',
  version: 5,
  createdAt: '2026-12-01T01:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
  ...over,
});

const queued = {
  ...release(),
  pendingStep: 1,
  approvalPolicy: 'single_step',
  submittedAt: '2026-12-01T02:00:00.000Z',
};

function routes(over: Routes_ = {}): Routes_ {
  return {
    [`GET /api/v1/organizations/:id`]: [200, NODE],
    'GET /api/v1/organizations': [200, { items: [NODE], nextCursor: null }],
    'GET /api/v1/releases/:id': [200, release()],
    'GET /api/v1/approvals': [200, { items: [queued], nextCursor: null }],
    'GET /api/v1/releases/:id/drafts': [200, { items: [] }],
    'GET /api/v1/releases/:id/approvals': [
      200,
      {
        items: [
          {
            id: 'a1',
            releaseId: RELEASE_ID,
            releaseVersion: 2,
            step: 1,
            decision: 'changes_requested',
            comment: 'Sebutkan tanggal lengkap.',
            decidedBy: APPROVER,
            decidedAt: '2026-12-01T01:30:00.000Z',
          },
        ],
      },
    ],
    'GET /api/v1/audit': [
      200,
      {
        items: [
          {
            id: '5',
            actorId: AUTHOR,
            actorEmail: 'editor@warta.local',
            action: 'release.updated',
            subjectId: RELEASE_ID,
            data: {
              version: 4,
              changed: {
                body: {
                  from: 'Acara digelar pada Selasa (15/10) di aula.',
                  to: 'Acara digelar pada Selasa 15 Oktober di aula utama.',
                },
              },
            },
            createdAt: '2026-12-01T01:45:00.000Z',
          },
        ],
        nextCursor: null,
      },
    ],
    ...over,
  };
}

const approver = meAs(APPROVER, 'Kepala Rutan', ['release:read', 'release:approve', 'audit:read']);
const open = (me = approver) =>
  renderScreen(<ApprovalReviewPage />, {
    me,
    route: `/approvals/${RELEASE_ID}`,
    path: '/approvals/:releaseId',
  });

// Several requests in a row on a machine shared with other test runs: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
afterEach(() => jest.restoreAllMocks());

describe('ApprovalReviewPage', () => {
  it('never shows the approve buttons on the reader’s own release, and says why', async () => {
    mockApi(routes());
    open(meAs(AUTHOR, 'Editor Rutan', ['release:read', 'release:write', 'release:approve']));
    expect(await screen.findByText(/Ini rilis yang Anda tulis sendiri/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Setujui' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Minta perbaikan' })).not.toBeInTheDocument();
  });

  describe('a two-step unit', () => {
    const FIRST = '00000000-0000-4000-8000-00000000000c';
    const stepOneDone = {
      'GET /api/v1/approvals': [
        200,
        {
          items: [
            {
              ...queued,
              approvalPolicy: 'two_step',
              pendingStep: 2,
              stepsDone: [
                {
                  step: 1,
                  decision: 'approved',
                  comment: null,
                  decidedAt: '2026-12-01T02:30:00.000Z',
                  decidedBy: { id: FIRST, name: 'Kasubsi Pelayanan', email: 'kasubsi@warta.local' },
                },
              ],
            },
          ],
          nextCursor: null,
        },
      ],
      'GET /api/v1/releases/:id/approvals': [
        200,
        {
          items: [
            {
              id: 'a2',
              releaseId: RELEASE_ID,
              releaseVersion: 4,
              step: 1,
              decision: 'approved',
              comment: null,
              decidedBy: FIRST,
              decidedAt: '2026-12-01T02:30:00.000Z',
            },
          ],
        },
      ],
    } satisfies Routes_;

    it('shows step 1 done, by whom and when (in WIB), and step 2 waiting', async () => {
      mockApi(routes(stepOneDone));
      open();
      expect(await screen.findByText('Tahap 1 selesai')).toBeInTheDocument();
      expect(screen.getByText('Menunggu tahap 2 dari 2')).toBeInTheDocument();
      expect(screen.getByText(/Tahap 1 disetujui oleh Kasubsi Pelayanan, .*09[.:]30/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Setujui' })).toBeInTheDocument();
    });

    it('does not let the step-1 approver take step 2 as well, and says why', async () => {
      // The api leaves the release out of the queue of whoever took step 1.
      mockApi(routes({ ...stepOneDone, 'GET /api/v1/approvals': [200, { items: [], nextCursor: null }] }));
      open(meAs(FIRST, 'Kasubsi Pelayanan', ['release:read', 'release:approve', 'audit:read']));
      expect(await screen.findByText(/Anda sudah menyetujui tahap 1/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Setujui' })).not.toBeInTheDocument();
    });
  });

  it('asks for a note before requesting changes, then sends it with the version read', async () => {
    const calls = mockApi(
      routes({
        'POST /api/v1/releases/:id/request-changes': [
          200,
          { ...release({ status: 'changes_requested', version: 6 }), approval: null },
        ],
      }),
    );
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Minta perbaikan' }));
    expect(await screen.findByText(/Tulis dulu apa yang perlu diperbaiki/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/request-changes'))).toBe(false);

    await userEvent.type(screen.getByLabelText(/Catatan untuk editor/), 'Foto kurang jelas.');
    await userEvent.click(screen.getByRole('button', { name: 'Minta perbaikan' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/request-changes'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/request-changes'))!.body).toEqual({
      version: 5,
      comment: 'Foto kurang jelas.',
    });
  });

  it('shows the words added and removed since the version sent back for changes', async () => {
    mockApi(routes());
    open();
    const diff = await screen.findByTestId('diff-body');
    const added = [...diff.querySelectorAll('ins')].map((e) => e.textContent);
    const removed = [...diff.querySelectorAll('del')].map((e) => e.textContent);
    expect(added.join('|')).toMatch(/15 Oktober/);
    expect(added.join('|')).toMatch(/utama/);
    expect(removed.join('|')).toMatch(/\(15\/10\)/);
    expect(within(diff).getByText(/Acara digelar pada Selasa/)).toBeInTheDocument();
  });

  it('diffs this submission with the one before, the posts included', async () => {
    const sub = (version: number, at: string, body: string, x: string) => ({
      version,
      submittedAt: at,
      submittedBy: null,
      title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
      body,
      link: null,
      tags: [],
      drafts: [
        {
          postId: 'p-x',
          platform: 'x',
          accountHandle: 'rutan_bengkulu',
          text: x,
          thread: null,
          firstComment: null,
        },
      ],
    });
    mockApi(
      routes({
        'GET /api/v1/releases/:id/submissions': [
          200,
          {
            items: [
              sub(
                5,
                '2026-12-01T02:00:00.000Z',
                'Acara digelar di aula utama.',
                'Rutan menggelar acara hari Selasa.',
              ),
              sub(2, '2026-12-01T01:00:00.000Z', 'Acara digelar di aula.', 'Rutan menggelar acara Selasa.'),
            ],
          },
        ],
      }),
    );
    open();
    const body = await screen.findByTestId('diff-body');
    expect([...body.querySelectorAll('ins')].map((e) => e.textContent).join('|')).toMatch(/aula utama\./);
    const post = screen.getByTestId('diff-post:p-x');
    expect([...post.querySelectorAll('ins')].map((e) => e.textContent).join('|')).toMatch(/hari/);
    expect(screen.getByText('X (Twitter) — @rutan_bengkulu')).toBeInTheDocument();
    expect(screen.queryByTestId('diff-title')).not.toBeInTheDocument();
  });

  it('answers a conflict with a clear message and a reload that fetches the release again', async () => {
    const calls = mockApi(
      routes({
        'POST /api/v1/releases/:id/approve': [
          409,
          { error: { code: 'VERSION_CONFLICT', message: 'Versi sudah berubah.' }, requestId: 'r' },
        ],
      }),
    );
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Setujui' }));
    expect(await screen.findByText(/Rilis sudah berubah/)).toBeInTheDocument();
    const before = calls.filter(
      (c) => c.method === 'GET' && c.path === `/api/v1/releases/${RELEASE_ID}`,
    ).length;
    await userEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() =>
      expect(
        calls.filter((c) => c.method === 'GET' && c.path === `/api/v1/releases/${RELEASE_ID}`).length,
      ).toBeGreaterThan(before),
    );
    expect(screen.queryByText(/Rilis sudah berubah/)).not.toBeInTheDocument();
  });
});
