import { DomainError } from '@warta/core';
import { DraftEditTransitions } from './draft-edit-transitions';
import { PostState } from './post-state';
import type { PublishingPostsRepository } from './publishing-posts.repository';

/** Records what the transitions asked the repository to write. */
function recording() {
  const calls: { method: string; args: unknown }[] = [];
  const posts = {
    applyEdit: async (_m: unknown, args: { id: string; version: number; to: PostState }) => {
      calls.push({ method: 'applyEdit', args });
      return { id: args.id, version: args.version + 1, state: args.to };
    },
    moveReleasePosts: async (_m: unknown, args: unknown) => {
      calls.push({ method: 'moveReleasePosts', args });
      return [];
    },
  };
  return { calls, transitions: new DraftEditTransitions(posts as unknown as PublishingPostsRepository) };
}

describe('DraftEditTransitions (editing a draft, by the transitions table)', () => {
  it('a draft stays a draft; a post on its way goes back to SCHEDULED as a new version', async () => {
    const { transitions } = recording();
    expect(await transitions.edited({} as never, { id: 'p', version: 3, state: 'draft' })).toEqual({
      id: 'p',
      version: 4,
      state: PostState.Draft,
    });
    expect(await transitions.edited({} as never, { id: 'p', version: 3, state: 'ready' })).toMatchObject({
      state: PostState.Scheduled,
    });
  });

  it('refuses an edit while a send may be in flight, or once the outcome is final', () => {
    const { transitions } = recording();
    for (const state of ['sending', 'unknown', 'reconciling', 'published', 'cancelled']) {
      expect(() => transitions.assertEditable(state)).toThrow(DomainError);
    }
    expect(() => transitions.assertEditable('retry_wait')).not.toThrow();
  });

  it('withdrawing approval takes the posts on their way back to draft, not the settled ones', async () => {
    const { calls, transitions } = recording();
    await transitions.unscheduleRelease({} as never, 'rel-1');
    expect(calls).toEqual([
      {
        method: 'moveReleasePosts',
        args: {
          releaseId: 'rel-1',
          from: ['scheduled', 'queued', 'preparing', 'ready', 'retry_wait'],
          to: PostState.Draft,
        },
      },
    ]);
  });
});
