import { PostState } from './post-state';
import { aRow, publishStepOverFakes, T0 } from './publish-step/testing/publish-step.fake';

describe("PublishStep (the router over a post's state)", () => {
  it('a job of an old version does nothing', async () => {
    const f = publishStepOverFakes();
    f.posts.put(aRow({ version: 3 }));
    expect(await f.step.execute('post-1', 2, 'w1')).toEqual({ outcome: 'done' });
    expect(f.connector.sent).toHaveLength(0);
  });

  it('a post not yet due waits for its minute', async () => {
    const f = publishStepOverFakes();
    const publishAt = new Date(T0.getTime() + 30_000);
    f.posts.put(aRow({ publishAt }));
    expect(await f.step.execute('post-1', 2, 'w1')).toEqual({
      outcome: 'delay',
      until: publishAt,
      delayMs: 30_000,
    });
  });

  it('a due text post is sent once and ends PUBLISHED', async () => {
    const f = publishStepOverFakes();
    f.posts.put(aRow());
    expect(await f.step.execute('post-1', 2, 'w1')).toEqual({ outcome: 'done' });
    expect(f.connector.sent).toHaveLength(1);
    expect(f.posts.row().state).toBe(PostState.Published);
  });

  it('a post later than its tolerance goes to NEEDS_REVIEW instead of out', async () => {
    const f = publishStepOverFakes();
    f.clock.at = new Date(T0.getTime() + 31 * 60_000);
    f.posts.put(aRow());
    expect(await f.step.execute('post-1', 2, 'w1')).toEqual({ outcome: 'done' });
    expect(f.posts.row()).toMatchObject({ state: PostState.NeedsReview, lastErrorClass: 'too_late' });
    expect(f.connector.sent).toHaveLength(0);
  });

  it('cancelled and failed posts are left alone', async () => {
    for (const state of [PostState.Cancelled, PostState.Failed, PostState.NeedsReview]) {
      const f = publishStepOverFakes();
      f.posts.put(aRow({ state }));
      expect(await f.step.execute('post-1', 2, 'w1')).toEqual({ outcome: 'done' });
    }
  });
});
