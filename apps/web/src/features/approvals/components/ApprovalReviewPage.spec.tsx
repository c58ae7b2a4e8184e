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
