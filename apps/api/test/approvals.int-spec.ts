import { aConnectedAccount, aRelease } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

describe('approvals: submit, approve, request changes, policies, queue (real Postgres)', () => {
  let ctx: ApiTestContext;
  let editor: string;
  let approver: string;
  let supervisor: string;
  let rutan: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    editor = await ctx.tokenFor('editor.rutan');
    approver = await ctx.tokenFor('approver.rutan');
    supervisor = await ctx.tokenFor('supervisor.bengkulu');
    rutan = ctx.org('rutan-bengkulu');
  });
  afterAll(() => ctx.close());

  let n = 0;
  const createRelease = async (title = `Rilis ${++n}`) => {
    const res = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', editor)
      .send({ organizationId: rutan, title, body: 'BENGKULU - Isi rilis uji.' });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; status: string };
  };
  const post = (auth: string, path: string, body: Record<string, unknown>) =>
    ctx.http.post(path).set('Authorization', auth).send(body);
  const submit = (auth: string, id: string, version: number) =>
    post(auth, `/api/v1/releases/${id}/submit`, { version });
  const approve = (auth: string, id: string, version: number, comment?: string) =>
    post(auth, `/api/v1/releases/${id}/approve`, { version, ...(comment ? { comment } : {}) });
  const requestChanges = (auth: string, id: string, version: number, comment: string) =>
    post(auth, `/api/v1/releases/${id}/request-changes`, { version, comment });
  const queue = async (auth: string, query = '') => {
    const res = await ctx.http.get(`/api/v1/approvals${query}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as { items: { id: string; pendingStep: number }[]; nextCursor: string | null };
  };
  interface QueueItem {
    id: string;
    author: { id: string; name: string; email: string } | null;
    stepsDone: { step: number; decidedBy: { id: string } | null; comment: string | null }[];
    drafts: { id: string; platform: string; text: string; report: { problems: unknown[] } }[];
    currentSubmission: {
      version: number;
      title: string;
      drafts: { platform: string; text: string }[];
    } | null;
    previousSubmission: {
      version: number;
      title: string;
      drafts: { platform: string; text: string }[];
    } | null;
  }
  const queueItems = async (auth: string) => {
    const res = await ctx.http.get('/api/v1/approvals?limit=200').set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body.items as QueueItem[];
  };
  const auditOf = async (id: string) => {
    const rows: { action: string; actor_id: string; reason: string | null; data: Record<string, unknown> }[] =
      await ctx.dataSource.query(
        `SELECT action, actor_id, reason, data FROM audit_events WHERE subject_id = $1 ORDER BY id`,
        [id],
      );
    return rows;
  };
  const setPolicy = (policy: 'none' | 'single_step' | 'two_step') =>
    ctx.dataSource.query(`UPDATE organizations SET approval_policy = $1 WHERE id = $2`, [policy, rutan]);

  it('an editor submits, the unit approver approves; versions move, history and audit record it', async () => {
    const r = await createRelease();
    const submitted = await submit(editor, r.id, 1);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ id: r.id, status: 'in_review', version: 2, approval: null });

    const approved = await approve(approver, r.id, 2, 'Siap terbit');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      version: 3,
      approval: {
        releaseVersion: 2,
        step: 1,
        decision: 'approved',
        comment: 'Siap terbit',
        decidedBy: ctx.userId('approver.rutan'),
      },
    });

    const history = await ctx.http.get(`/api/v1/releases/${r.id}/approvals`).set('Authorization', editor);
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ decision: 'approved', step: 1, decidedBy: ctx.userId('approver.rutan') }),
    ]);

    // Through the api, as a supervisor reads it.
    const audit = await ctx.http
      .get(`/api/v1/audit?subjectId=${r.id}`)
      .set('Authorization', supervisor)
      .expect(200);
    const actions = (audit.body.items as { action: string; actorId: string }[]).map((e) => [
      e.action,
      e.actorId,
    ]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['release.submitted', ctx.userId('editor.rutan')],
        ['release.approved', ctx.userId('approver.rutan')],
      ]),
    );
    expect((await auditOf(r.id)).find((e) => e.action === 'release.approved')).toMatchObject({
      reason: 'Siap terbit',
      data: expect.objectContaining({ version: 3, step: 1, policy: 'single_step' }),
    });

    // Approved is final for this version: a second approval is a state conflict.
    const again = await approve(supervisor, r.id, 3);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('RELEASE_NOT_IN_REVIEW');
  });

  it('an approver never decides on their own release; an editor cannot approve at all', async () => {
    const own = await aRelease(ctx.dataSource, {
      organizationId: rutan,
      authorId: ctx.userId('approver.rutan'),
      title: 'Tulisan penyetuju',
      status: 'in_review',
      version: 2,
    });
    const res = await approve(approver, own.id, 2);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('OWN_RELEASE_DECISION');
    const en = await ctx.http
      .post(`/api/v1/releases/${own.id}/request-changes`)
      .set('Authorization', approver)
      .set('Accept-Language', 'en')
      .send({ version: 2, comment: 'Perbaiki' });
    expect(en.status).toBe(403);
    expect(en.body.error.message).toBe('You cannot approve or review a release you wrote yourself.');
    // Their own release is not in their queue; another approver above them sees it.
    expect((await queue(approver)).items.map((i) => i.id)).not.toContain(own.id);
    expect((await queue(supervisor)).items.map((i) => i.id)).toContain(own.id);

    const r = await createRelease();
    await submit(editor, r.id, 1).expect(200);
    const byEditor = await approve(editor, r.id, 2);
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.error.code).toBe('FORBIDDEN');
    // Nothing moved.
    const [row] = await ctx.dataSource.query(`SELECT status, version FROM releases WHERE id = $1`, [r.id]);
    expect(row).toEqual({ status: 'in_review', version: 2 });
    expect(await ctx.dataSource.query(`SELECT 1 FROM approvals WHERE release_id = $1`, [own.id])).toEqual([]);
  });

  it('the queue spans the approver subtree, oldest first, paginated; other regions see nothing and get 404', async () => {
    const a = await createRelease('Antrean A');
    const b = await createRelease('Antrean B');
    await submit(editor, a.id, 1).expect(200);
    // Distinct submission times (stored to the millisecond), so "oldest first" is observable.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await submit(editor, b.id, 1).expect(200);

    const all = (await queue(supervisor)).items.map((i) => i.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.indexOf(a.id)).toBeLessThan(all.indexOf(b.id));
    // Walking the queue one at a time yields the same order.
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(supervisor, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(1);
      walked.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all);
    expect((await queue(approver)).items.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    // An editor (no release:approve) has an empty queue; so does an approver of another region.
    expect((await queue(await ctx.tokenFor('editor.medan'))).items).toEqual([]);
    const admin = await ctx.tokenFor('admin');
    await ctx.http
      .post('/api/v1/users')
      .set('Authorization', admin)
      .send({
        email: 'approver.sumut@warta.local',
        name: 'Penyetuju Sumut',
        password: 'sumut-password',
        organizationId: ctx.org('kanwil-sumut'),
        role: 'approver',
      })
      .expect(201);
    const login = await ctx.http
      .post('/api/v1/auth/login')
      .send({ email: 'approver.sumut@warta.local', password: 'sumut-password' })
      .expect(200);
    const sumut = `Bearer ${login.body.accessToken}`;
    expect((await queue(sumut)).items).toEqual([]);
    expect((await approve(sumut, a.id, 2)).status).toBe(404);
    expect((await requestChanges(sumut, a.id, 2, 'Tidak')).status).toBe(404);
    expect(
      (await ctx.http.get(`/api/v1/releases/${a.id}/approvals`).set('Authorization', sumut)).status,
    ).toBe(404);
    // Once decided, a release leaves the queue.
    await approve(supervisor, a.id, 2).expect(200);
    expect((await queue(approver)).items.map((i) => i.id)).not.toContain(a.id);
  });

  it('request changes needs a comment; the editor fixes and resubmits; the approver then approves', async () => {
    const r = await createRelease();
    await submit(editor, r.id, 1).expect(200);
    const missing = await post(approver, `/api/v1/releases/${r.id}/request-changes`, { version: 2 });
    expect(missing.status).toBe(400);
    const blank = await requestChanges(approver, r.id, 2, '   ');
    expect(blank.status).toBe(400);
    expect(blank.body.error.code).toBe('COMMENT_REQUIRED');

    const changes = await requestChanges(approver, r.id, 2, 'Lengkapi nama kegiatan.');
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({
      status: 'changes_requested',
      version: 3,
      approval: { decision: 'changes_requested', comment: 'Lengkapi nama kegiatan.' },
    });
    // Editing with changes requested keeps that status (that is what was asked for).
    const edited = await ctx.http
      .patch(`/api/v1/releases/${r.id}`)
      .set('Authorization', editor)
      .send({ version: 3, title: 'Judul diperbaiki' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'changes_requested', version: 4 });

    await submit(editor, r.id, 4).expect(200);
    // The approver sees who wrote it and what changed since the version they sent back.
    const item = (await queueItems(approver)).find((i) => i.id === r.id)!;
    expect(item.author).toEqual({
      id: ctx.userId('editor.rutan'),
      name: expect.any(String),
      email: 'editor.rutan@warta.local',
    });
    expect(item.previousSubmission).toMatchObject({ version: 2, title: `Rilis ${n}` });
    expect(item.currentSubmission).toMatchObject({
      version: 5,
      title: 'Judul diperbaiki',
      submittedBy: { id: ctx.userId('editor.rutan') },
    });
    const approved = await approve(approver, r.id, 5);
    expect(approved.body).toMatchObject({ status: 'approved', version: 6 });
    const history = await ctx.http.get(`/api/v1/releases/${r.id}/approvals`).set('Authorization', editor);
    expect(history.body.items.map((a: { decision: string }) => a.decision)).toEqual([
      'changes_requested',
      'approved',
    ]);
    expect((await auditOf(r.id)).map((e) => e.action)).toEqual([
      'release.created',
      'release.submitted',
      'release.changes_requested',
      'release.updated',
      'release.submitted',
      'release.approved',
    ]);
    expect((await auditOf(r.id))[2]).toMatchObject({
      actor_id: ctx.userId('approver.rutan'),
      reason: 'Lengkapi nama kegiatan.',
    });
  });

  it('a stale version is a 409 on every decision, and nothing is written', async () => {
    const r = await createRelease();
    const staleSubmit = await submit(editor, r.id, 7);
    expect(staleSubmit.status).toBe(409);
    expect(staleSubmit.body.error.code).toBe('VERSION_CONFLICT');
    await submit(editor, r.id, 1).expect(200);
    // Submitting again is a state conflict.
    expect((await submit(editor, r.id, 2)).body.error.code).toBe('RELEASE_NOT_SUBMITTABLE');
    expect((await approve(approver, r.id, 1)).status).toBe(409);
    expect((await requestChanges(approver, r.id, 1, 'Lama')).status).toBe(409);
    const [row] = await ctx.dataSource.query(`SELECT status, version FROM releases WHERE id = $1`, [r.id]);
    expect(row).toEqual({ status: 'in_review', version: 2 });
    expect(await ctx.dataSource.query(`SELECT 1 FROM approvals WHERE release_id = $1`, [r.id])).toEqual([]);
  });

  it('editing an in_review or approved release returns it to draft: it must be approved again', async () => {
    const r = await createRelease();
    await submit(editor, r.id, 1).expect(200);
    const inReviewEdit = await ctx.http
      .patch(`/api/v1/releases/${r.id}`)
      .set('Authorization', editor)
      .send({ version: 2, body: 'Isi baru saat ditinjau.' });
    expect(inReviewEdit.body).toMatchObject({ status: 'draft', version: 3 });
    expect((await queue(approver)).items.map((i) => i.id)).not.toContain(r.id);
    expect((await approve(approver, r.id, 3)).body.error.code).toBe('RELEASE_NOT_IN_REVIEW');

    await submit(editor, r.id, 3).expect(200);
    await approve(approver, r.id, 4).expect(200);
    const approvedEdit = await ctx.http
      .patch(`/api/v1/releases/${r.id}`)
      .set('Authorization', editor)
      .send({ version: 5, title: 'Judul setelah disetujui' });
    expect(approvedEdit.body).toMatchObject({ status: 'draft', version: 6 });
    const audit = await auditOf(r.id);
    expect(audit[audit.length - 1]).toMatchObject({
      action: 'release.updated',
      data: expect.objectContaining({
        changed: expect.objectContaining({ status: { from: 'approved', to: 'draft' } }),
      }),
    });
    // New media is new content too.
    await submit(editor, r.id, 6).expect(200);
    const media = await ctx.http
      .put(`/api/v1/releases/${r.id}/media`)
      .set('Authorization', editor)
      .send({ version: 7, media: [] });
    expect(media.body).toMatchObject({ status: 'draft', version: 8 });
  });

  it("policy 'none' lets an editor's submit approve the release, audited as such", async () => {
    await setPolicy('none');
    try {
      const r = await createRelease();
      const res = await submit(editor, r.id, 1);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'approved', version: 2 });
      expect((await queue(approver)).items.map((i) => i.id)).not.toContain(r.id);
      const audit = await auditOf(r.id);
      expect(audit.slice(1)).toEqual([
        expect.objectContaining({ action: 'release.submitted', actor_id: ctx.userId('editor.rutan') }),
        expect.objectContaining({
          action: 'release.approved',
          actor_id: ctx.userId('editor.rutan'),
          data: expect.objectContaining({ policy: 'none', autoApproved: true }),
        }),
      ]);
    } finally {
      await setPolicy('single_step');
    }
  });

  it("policy 'two_step' needs two approvals by two different approvers", async () => {
    await setPolicy('two_step');
    try {
      const r = await createRelease();
      await submit(editor, r.id, 1).expect(200);
      const first = await approve(approver, r.id, 2, 'Langkah pertama');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'in_review', version: 3, approval: { step: 1 } });

      const same = await approve(approver, r.id, 3);
      expect(same.status).toBe(403);
      expect(same.body.error.code).toBe('SECOND_APPROVER_REQUIRED');
      // The first approver no longer sees it; the second sees it waiting for step 2.
      expect((await queue(approver)).items.map((i) => i.id)).not.toContain(r.id);
      expect((await queue(supervisor)).items.find((i) => i.id === r.id)).toMatchObject({ pendingStep: 2 });
      // ... with the first step shown as done, and by whom.
      const waiting = (await queueItems(supervisor)).find((i) => i.id === r.id)!;
      expect(waiting.stepsDone).toEqual([
        {
          step: 1,
          decision: 'approved',
          decidedBy: {
            id: ctx.userId('approver.rutan'),
            name: expect.any(String),
            email: 'approver.rutan@warta.local',
          },
          decidedAt: expect.any(String),
          comment: 'Langkah pertama',
        },
      ]);
      expect(waiting.previousSubmission).toBeNull();

      const second = await approve(supervisor, r.id, 3, 'Langkah kedua');
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ status: 'approved', version: 4, approval: { step: 2 } });
      const audit = await auditOf(r.id);
      expect(audit.map((e) => [e.action, e.actor_id])).toEqual([
        ['release.created', ctx.userId('editor.rutan')],
        ['release.submitted', ctx.userId('editor.rutan')],
        ['release.approval_step', ctx.userId('approver.rutan')],
        ['release.approved', ctx.userId('supervisor.bengkulu')],
      ]);

      // A new round after changes starts again at step 1: the old step-1 approval does not count.
      const r2 = await createRelease();
      await submit(editor, r2.id, 1).expect(200);
      await approve(approver, r2.id, 2).expect(200);
      await requestChanges(supervisor, r2.id, 3, 'Perbaiki foto.').expect(200);
      await submit(editor, r2.id, 4).expect(200);
      const round2 = await approve(approver, r2.id, 5);
      expect(round2.body).toMatchObject({ status: 'in_review', approval: { step: 1 } });
    } finally {
      await setPolicy('single_step');
    }
  });

  it('queue items carry the drafts being approved, and each submission keeps what it sent', async () => {
    await aConnectedAccount(ctx.dataSource, { organizationId: rutan, platform: 'x' });
    await aConnectedAccount(ctx.dataSource, { organizationId: rutan, platform: 'facebook' });
    const r = await createRelease('Rilis dengan draf');
    const drafts = await ctx.http
      .post(`/api/v1/releases/${r.id}/drafts`)
      .set('Authorization', editor)
      .send({});
    expect(drafts.status).toBe(201);
    await submit(editor, r.id, 1).expect(200);
    const item = (await queueItems(approver)).find((i) => i.id === r.id)!;
    expect(item.drafts.map((d) => d.platform)).toEqual(['x', 'facebook']);
    expect(item.drafts[0].text).toContain('Isi rilis uji');
    expect(item.drafts[0].report.problems).toEqual(expect.any(Array));
    expect(item.currentSubmission!.drafts.map((d) => [d.platform, d.text])).toEqual(
      item.drafts.map((d) => [d.platform, d.text]),
    );

    // Sent back, one draft edited, resubmitted: the previous submission still has the old text.
    await requestChanges(approver, r.id, 2, 'Singkat lagi.').expect(200);
    const fb = drafts.body.items.find((d: { platform: string }) => d.platform === 'facebook');
    await ctx.http
      .patch(`/api/v1/drafts/${fb.id}`)
      .set('Authorization', editor)
      .send({ version: fb.version, text: 'BENGKULU - Versi singkat.' })
      .expect(200);
    await submit(editor, r.id, 3).expect(200);
    const again = (await queueItems(approver)).find((i) => i.id === r.id)!;
    const textOf = (sub: QueueItem['currentSubmission'], platform: string) =>
      sub!.drafts.find((d) => d.platform === platform)!.text;
    expect(textOf(again.currentSubmission, 'facebook')).toBe('BENGKULU - Versi singkat.');
    expect(textOf(again.previousSubmission, 'facebook')).toBe(textOf(item.currentSubmission, 'facebook'));
    expect(again.previousSubmission!.version).toBe(2);
    // The same history for the release page: newest first; another region cannot read it.
    const history = await ctx.http.get(`/api/v1/releases/${r.id}/submissions`).set('Authorization', editor);
    expect(history.status).toBe(200);
    expect(history.body.items.map((i: { version: number }) => i.version)).toEqual([4, 2]);
    const medan = await ctx.http
      .get(`/api/v1/releases/${r.id}/submissions`)
      .set('Authorization', await ctx.tokenFor('editor.medan'));
    expect(medan.status).toBe(404);
  });

  it('the queue filters by unit: that node and below only; a node outside the approve scope is a 404', async () => {
    const r = await createRelease('Rilis untuk filter');
    await submit(editor, r.id, 1).expect(200);
    const filtered = async (auth: string, slug: string) =>
      ctx.http.get(`/api/v1/approvals?organizationId=${ctx.org(slug)}`).set('Authorization', auth);
    const rutanOnly = await filtered(supervisor, 'rutan-bengkulu');
    expect(rutanOnly.status).toBe(200);
    expect(rutanOnly.body.items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(rutanOnly.body.items.every((i: { organizationId: string }) => i.organizationId === rutan)).toBe(
      true,
    );
    const lapas = await filtered(supervisor, 'lapas-bengkulu');
    expect(lapas.body.items.map((i: { id: string }) => i.id)).not.toContain(r.id);
    const medan = await filtered(approver, 'lapas-medan');
    expect(medan.status).toBe(404);
    expect(medan.body.error.code).toBe('NOT_FOUND');
  });
});
