import { ConnectorError } from '@warta/connectors';
import { PostState } from '../post-state';
import { aPrepared, aRow, publishStepOverFakes } from './testing/publish-step.fake';

describe('SendPost', () => {
  it('records the attempt before the call and stores PUBLISHED with the platform id after it', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ state: PostState.Preparing, leaseOwner: 'w1' }));
    const r = await f.sendPost.execute({ row, me: 'w1', creds: f.accounts.creds, prepared: aPrepared() });
    expect(r).toEqual({ outcome: 'done' });
    expect(f.connector.sent).toHaveLength(1);
    expect(f.posts.row()).toMatchObject({ state: PostState.Published, platformPostId: '1001' });
    expect(f.posts.attemptRows.map((a) => a.outcome)).toEqual(['sent']);
  });

  it('sends nothing when commit point 1 is refused (the post moved on)', async () => {
    const f = publishStepOverFakes();
    const row = aRow({ state: PostState.Preparing }); // never stored: the row is gone
    const r = await f.sendPost.execute({ row, me: 'w1', creds: f.accounts.creds, prepared: aPrepared() });
    expect(r).toBe('again');
    expect(f.connector.sent).toHaveLength(0);
  });

  it('an ambiguous failure leaves the post UNKNOWN, to be reconciled, never re-sent', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ state: PostState.Ready, leaseOwner: 'w1' }));
    f.connector.sendResult = () =>
      Promise.reject(new ConnectorError('unknown_outcome', 'x', 'socket hang up'));
    const r = await f.sendPost.execute({ row, me: 'w1', creds: f.accounts.creds, prepared: aPrepared() });
    expect(r).toMatchObject({ outcome: 'delay' });
    expect(f.posts.row()).toMatchObject({ state: PostState.Unknown, lastErrorClass: 'unknown_outcome' });
    expect(f.posts.attemptRows[0].outcome).toBe('unknown');
    expect(f.connector.sent).toHaveLength(1);
  });

  it('a refusal that proves nothing was sent waits and retries', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ state: PostState.Ready, leaseOwner: 'w1' }));
    f.connector.sendResult = () => Promise.reject(new ConnectorError('transient', 'x', 'busy'));
    const r = await f.sendPost.execute({ row, me: 'w1', creds: f.accounts.creds, prepared: aPrepared() });
    expect(r).toMatchObject({ outcome: 'delay' });
    expect(f.posts.row().state).toBe(PostState.RetryWait);
    expect(f.posts.attemptRows[0].outcome).toBe('rejected');
  });
});
