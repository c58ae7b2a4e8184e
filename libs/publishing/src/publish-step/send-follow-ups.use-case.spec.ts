import { PostState } from '../post-state';
import { aRow, publishStepOverFakes } from './testing/publish-step.fake';

const thread = { text: 'part 1', thread: ['part 1', 'part 2', 'part 3'], media: [] };

describe('SendFollowUps', () => {
  it('sends each thread part once, each answering the one before', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ state: PostState.Published, platformPostId: 'p0', content: thread }));
    expect(await f.followUps.execute(row, 'w1')).toEqual({ outcome: 'done' });
    expect(f.connector.followUps.map((u) => u.parentId)).toEqual(['p0', 'child-1']);
    expect(f.posts.row().childIds).toEqual(['child-1', 'child-2']);
    // Run again: every part is recorded as sent, nothing goes twice.
    await f.followUps.execute(f.posts.row(), 'w1');
    expect(f.connector.followUps).toHaveLength(2);
  });

  it('a part whose outcome is unknown is not sent again: the post is marked and its node told', async () => {
    const f = publishStepOverFakes();
    const row = f.posts.put(aRow({ state: PostState.Published, platformPostId: 'p0', content: thread }));
    f.posts.addAttempt({ id: 'a1', kind: 'thread_part', partIndex: 1, outcome: 'unknown' });
    expect(await f.followUps.execute(row, 'w1')).toEqual({ outcome: 'done' });
    expect(f.connector.followUps).toHaveLength(0);
    expect(f.posts.row()).toMatchObject({ state: PostState.Published, lastErrorClass: 'follow_up_failed' });
    expect(f.rec.notified).toEqual([expect.objectContaining({ reason: 'follow_up_failed' })]);
  });
});
