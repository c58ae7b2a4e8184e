import { PostState } from '../post-state';
import { aRow, publishStepOverFakes, T0 } from './testing/publish-step.fake';

const media = [
  {
    source: 'asset' as const,
    id: 'm1',
    purpose: 'original' as const,
    mediaKind: 'image' as const,
    mime: 'image/jpeg',
  },
];

describe('PreparePost', () => {
  it('fails a post the platform would reject, with its reason, audited and notified', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ state: PostState.Preparing, leaseOwner: 'w1' }));
    f.connector.problems = [{ code: 'too_long', message: 'Text too long.' }];
    expect(await f.preparePost.execute(row, 'w1')).toEqual({ outcome: 'done' });
    expect(f.posts.row()).toMatchObject({ state: PostState.Failed, lastErrorMessage: 'Text too long.' });
    expect(f.rec.audited.map((a) => a.action)).toEqual(['post.failed']);
    expect(f.rec.notified.map((n) => n.kind)).toEqual(['post_failed']);
  });

  it('a container not ready yet comes back as a delayed re-check, never a wait inside the job', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ platform: 'instagram', state: PostState.Preparing, leaseOwner: 'w1' }));
    f.connector.prepareResult = (prepared) => ({
      status: 'not_ready',
      prepared: { ...prepared, containerId: 'c1' },
      checkAfterSeconds: 5,
    });
    const r = await f.preparePost.execute(row, 'w1');
    expect(r).toEqual({ outcome: 'delay', until: new Date(T0.getTime() + 5_000) });
    expect(f.posts.row()).toMatchObject({ state: PostState.Queued, containerId: 'c1', leaseOwner: null });
  });

  it('a post prepared ahead of its minute waits READY without a lease', async () => {
    const f = publishStepOverFakes();
    const publishAt = new Date(T0.getTime() + 60_000);
    const row = f.posts.put(
      aRow({ state: PostState.Preparing, leaseOwner: 'w1', publishAt, content: { text: 'a', media } }),
    );
    expect(await f.preparePost.execute(row, 'w1')).toEqual({ outcome: 'delay', until: publishAt });
    expect(f.posts.row()).toMatchObject({ state: PostState.Ready, leaseOwner: null });
    expect(f.connector.sent).toHaveLength(0);
  });

  it('a text-only post is not sent on the one-commit path when it has media', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ content: { text: 'a', media } }));
    expect(await f.preparePost.sendWithoutPreparing(row, 'w1')).toBeNull();
    expect(f.connector.sent).toHaveLength(0);
  });
});
