import { randomBytes } from 'node:crypto';
import type { JournalEntry } from '../../../../apps/sandbox/src';
import type { TestSandbox } from '../../../../apps/sandbox/src/testing/sandbox-test-kit';
import {
  ConnectorCredentials,
  PreparedPost,
  PublishMedia,
  PublishRequest,
  SendResult,
  SocialConnector,
} from '../social-connector';

/*
 * The one contract every connector honours, run against the real sandbox process. A factory hands
 * over a connector pointed at the sandbox and the credentials of a seeded account; each case then
 * asserts what a user would notice on the platform (the post exists, the comment is there, the
 * journal holds exactly one send call).
 */

export interface ContractSubject {
  sandbox: TestSandbox;
  connector: SocialConnector;
  creds: ConnectorCredentials;
  /** The send endpoint's path pattern (the journal must hold exactly one per publish). */
  sendPath: RegExp;
}

export function uniqueText(label: string): string {
  return `${label} ${randomBytes(4).toString('hex')} — Rutan Bengkulu menggelar kegiatan pembinaan.`;
}

export function fixtureUrl(sandbox: TestSandbox, name = 'photo-1080x1350.jpg'): string {
  return `${sandbox.graphOrigin}/__fixtures/${name}`;
}

export async function journal(sandbox: TestSandbox, since: number): Promise<JournalEntry[]> {
  const res = await sandbox.control<{ entries: JournalEntry[] }>('GET', `requests?since=${since}`);
  return res.entries;
}

export async function lastSeq(sandbox: TestSandbox): Promise<number> {
  return (await sandbox.control<{ lastSeq: number }>('GET', 'requests?limit=1')).lastSeq;
}

/** prepare until ready, moving the sandbox's virtual clock by each answer's check-after delay. */
export async function prepareUntilReady(
  subject: ContractSubject,
  request: PublishRequest,
  maxRounds = 10,
): Promise<PreparedPost> {
  let previous: PreparedPost | null = null;
  for (let i = 0; i < maxRounds; i++) {
    const r = await subject.connector.prepare(subject.creds, request, previous);
    if (r.status === 'ready') return r.prepared;
    expect(r.checkAfterSeconds).toBeGreaterThan(0);
    previous = r.prepared;
    await subject.sandbox.control('POST', 'clock', { advanceSeconds: r.checkAfterSeconds });
  }
  throw new Error('prepare never became ready');
}

/** prepare + send, asserting that exactly one send call reached the platform. */
export async function publishOnce(subject: ContractSubject, request: PublishRequest): Promise<SendResult> {
  const prepared = await prepareUntilReady(subject, request);
  const before = await lastSeq(subject.sandbox);
  const result = await subject.connector.send(subject.creds, prepared);
  const sends = (await journal(subject.sandbox, before)).filter(
    (e) => e.method === 'POST' && subject.sendPath.test(e.path),
  );
  expect(sends).toHaveLength(1);
  expect(result.platformPostId).toMatch(/\S/);
  return result;
}

/** The subject is built in the suite's beforeAll: each case reads it when it runs. */
type Subject = () => ContractSubject;

export function describeConnectorContract(name: string, factory: () => Promise<ContractSubject>): void {
  describe(`${name} connector contract`, () => {
    let s: ContractSubject;
    beforeAll(async () => {
      s = await factory();
    });
    afterAll(async () => {
      await s.sandbox.close();
    });

    const subject = () => s;
    describeValidation(subject);
    describePublishing(subject);
    describeFollowUpsAndDeletes(subject);
    describeMetrics(subject);
  });
}

function photo(s: ContractSubject): PublishMedia {
  return { kind: 'image' as const, url: fixtureUrl(s.sandbox), mime: 'image/jpeg' };
}

function textRequest(s: ContractSubject, label: string): PublishRequest {
  return s.connector.capabilities.requiresMedia
    ? { text: uniqueText(label), media: [photo(s)] }
    : { text: uniqueText(label), media: [] };
}

function describeValidation(subject: Subject): void {
  describe('validation', () => {
    it('validates without calling the platform', async () => {
      const s = subject();
      const before = await lastSeq(s.sandbox);
      const problems = s.connector.validate({
        text: 'x'.repeat(s.connector.capabilities.maxTextLength + 1),
        media: [],
      });
      expect(problems.map((p) => p.code)).toContain('text_too_long');
      expect(s.connector.validate(textRequest(s, 'valid'))).toEqual([]);
      expect(await journal(s.sandbox, before)).toHaveLength(0);
    });
  });
}

function describePublishing(subject: Subject): void {
  describe('publishing', () => {
    it('publishes a text post (or single photo where text alone is not allowed) and finds it again', async () => {
      const s = subject();
      const since = new Date(s.sandbox.clock.now().getTime() - 60_000);
      const req = textRequest(s, 'teks');
      const sent = await publishOnce(s, req);
      const recent = await s.connector.findRecentPosts(s.creds, { since });
      const found = recent.posts.find((p) => p.id === sent.platformPostId);
      expect(found).toBeDefined();
      expect(found!.text).toContain(req.text.slice(0, 20));
    });

    it('publishes a post with an image', async () => {
      const s = subject();
      const sent = await publishOnce(s, { text: uniqueText('foto'), media: [photo(s)] });
      const state = await s.sandbox.control<Record<string, unknown>>('GET', 'state');
      expect(JSON.stringify(state)).toContain(sent.platformPostId);
    });

    it('publishes a carousel where the platform has one', async () => {
      const s = subject();
      if (!s.connector.capabilities.carousel) {
        expect(s.connector.capabilities.maxMedia).toBeLessThanOrEqual(4);
        return;
      }
      const sent = await publishOnce(s, {
        text: uniqueText('carousel'),
        media: [photo(s), { ...photo(s), url: fixtureUrl(s.sandbox, 'square-1080x1080.jpg') }],
      });
      const since = new Date(s.sandbox.clock.now().getTime() - 3_600_000);
      const recent = await s.connector.findRecentPosts(s.creds, { since });
      expect(recent.posts.map((p) => p.id)).toContain(sent.platformPostId);
    });
  });
}

function describeFollowUpsAndDeletes(subject: Subject): void {
  describe('follow-ups and deletes', () => {
    it('sends the follow-up (thread part or first comment) as its own single call', async () => {
      const s = subject();
      const sent = await publishOnce(s, textRequest(s, 'induk'));
      const kind = s.connector.capabilities.threads ? 'thread_part' : 'first_comment';
      const before = await lastSeq(s.sandbox);
      const follow = await s.connector.sendFollowUp(s.creds, {
        kind,
        parentId: sent.platformPostId,
        text: uniqueText('lanjutan'),
      });
      expect(follow.id).toMatch(/\S/);
      const calls = (await journal(s.sandbox, before)).filter((e) => e.method === 'POST');
      expect(calls).toHaveLength(1);
      // The other kind is refused before any call.
      await expect(
        s.connector.sendFollowUp(s.creds, {
          kind: kind === 'thread_part' ? 'first_comment' : 'thread_part',
          parentId: sent.platformPostId,
          text: 'x',
        }),
      ).rejects.toMatchObject({ kind: 'validation' });
    });

    it('deletes a post, and deleting it again counts as done', async () => {
      const s = subject();
      const sent = await publishOnce(s, textRequest(s, 'hapus'));
      expect(await s.connector.delete(s.creds, sent.platformPostId)).toEqual({ deleted: true });
      expect(await s.connector.delete(s.creds, sent.platformPostId)).toEqual({ deleted: false });
      const since = new Date(s.sandbox.clock.now().getTime() - 3_600_000);
      const recent = await s.connector.findRecentPosts(s.creds, { since });
      expect(recent.posts.map((p) => p.id)).not.toContain(sent.platformPostId);
    });
  });
}

function describeMetrics(subject: Subject): void {
  describe('metrics', () => {
    it('reads normalised metrics that follow engagement, and marks deleted posts gone', async () => {
      const s = subject();
      const kept = await publishOnce(s, textRequest(s, 'metrik'));
      const gone = await publishOnce(s, textRequest(s, 'metrik-hapus'));
      await s.connector.delete(s.creds, gone.platformPostId);
      await s.sandbox.control('POST', 'engage', {
        postId: kept.platformPostId,
        likes: 7,
        comments: 3,
        shares: 2,
        views: 500,
      });
      // Insights lag on Graph; move the virtual clock past the delay.
      await s.sandbox.control('POST', 'clock', { advanceSeconds: 3_700 });
      const metrics = await s.connector.fetchPostMetrics(s.creds, [kept.platformPostId, gone.platformPostId]);
      expect(metrics).toHaveLength(2);
      const m = metrics.find((x) => x.postId === kept.platformPostId)!;
      expect(m.gone).toBe(false);
      expect(m.likes).toBeGreaterThanOrEqual(7);
      expect(m.comments).toBeGreaterThanOrEqual(3);
      expect(m.views).toBeGreaterThanOrEqual(500);
      expect(Object.keys(m.raw).length).toBeGreaterThan(0);
      expect(metrics.find((x) => x.postId === gone.platformPostId)!.gone).toBe(true);
    });

    it('reads account stats', async () => {
      const s = subject();
      const stats = await s.connector.fetchAccountStats(s.creds);
      expect(stats.followers).toBeGreaterThan(0);
      expect(stats.fetchedAt).toBeInstanceOf(Date);
    });
  });
}
