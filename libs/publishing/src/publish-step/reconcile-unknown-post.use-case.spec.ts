import { PostState } from '../post-state';
import { aPrepared, aRow, publishStepOverFakes, T0 } from './testing/publish-step.fake';

/** A post RECONCILING under w1's lease, its send started at T0; the clock is `afterMs` later. */
function reconciling(afterMs: number) {
  const f = publishStepOverFakes();
  f.clock.at = new Date(T0.getTime() + afterMs);
  f.posts.addAttempt({ id: 'att-send', startedAt: T0, outcome: 'unknown' });
  const row = f.posts.put(
    aRow({
      state: PostState.Reconciling,
      leaseOwner: 'w1',
      prepared: aPrepared(),
      currentAttemptId: 'att-send',
    }),
  );
  return { f, row };
}

const ours = { id: '1001', text: 'Kunjungan Kanwil ke Rutan', createdAt: T0, permalink: null };

describe('ReconcileUnknownPost', () => {
  it('one match on the account: PUBLISHED with that id, nothing sent again', async () => {
    const { f, row } = reconciling(1_000);
    f.connector.recent = async () => ({ posts: [ours], containerStatus: null, container: null });
    expect(await f.reconcile.execute(row, 'w1')).toEqual({ outcome: 'done' });
    expect(f.posts.row()).toMatchObject({ state: PostState.Published, platformPostId: '1001' });
    expect(f.posts.attemptRows[0].outcome).toBe('found');
    expect(f.connector.sent).toHaveLength(0);
  });

  it('no match before the send is surely over: waits UNKNOWN, absence not yet trusted', async () => {
    const { f, row } = reconciling(1_000);
    const r = await f.reconcile.execute(row, 'w1');
    expect(r).toEqual({ outcome: 'delay', until: new Date(T0.getTime() + 20_000 + 15_000) });
    expect(f.posts.row().state).toBe(PostState.Unknown);
    expect(f.connector.sent).toHaveLength(0);
  });

  it('no match once the send is surely over: proven absent and sent again', async () => {
    const { f, row } = reconciling(60_000);
    expect(await f.reconcile.execute(row, 'w1')).toEqual({ outcome: 'done' });
    expect(f.posts.attemptRows[0].outcome).toBe('absent');
    expect(f.connector.sent).toHaveLength(1);
    expect(f.posts.row().state).toBe(PostState.Published);
  });

  it('several matches: NEEDS_REVIEW for a person, with a notification', async () => {
    const { f, row } = reconciling(60_000);
    f.connector.recent = async () => ({
      posts: [ours, { ...ours, id: '1002' }],
      containerStatus: null,
      container: null,
    });
    expect(await f.reconcile.execute(row, 'w1')).toEqual({ outcome: 'done' });
    expect(f.posts.row()).toMatchObject({ state: PostState.NeedsReview, lastErrorClass: 'ambiguous_match' });
    expect(f.rec.notified.map((n) => n.kind)).toEqual(['post_needs_review']);
    expect(f.connector.sent).toHaveLength(0);
  });

  it('an unreadable platform is read again later', async () => {
    const { f, row } = reconciling(60_000);
    f.connector.recent = () => Promise.reject(new Error('timeout'));
    expect(await f.reconcile.execute(row, 'w1')).toMatchObject({ outcome: 'delay' });
    expect(f.posts.row()).toMatchObject({ state: PostState.Unknown, reconcileTries: 1 });
  });
});
