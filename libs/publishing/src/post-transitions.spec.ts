import { DomainError } from '@warta/core';
import fc from 'fast-check';
import { ALL_POST_STATES, IN_FLIGHT_STATES, PostState, TERMINAL_STATES } from './post-state';
import { actionsFrom, canTransition, POST_ACTIONS, PostEvent, transition } from './post-transitions';

const S = PostState;

describe('post transitions', () => {
  it('walks the happy path from draft to published', () => {
    const path: [PostEvent, PostState][] = [
      [{ type: 'schedule' }, S.Scheduled],
      [{ type: 'enqueue' }, S.Queued],
      [{ type: 'claim' }, S.Preparing],
      [{ type: 'prepared' }, S.Ready],
      [{ type: 'begin_send' }, S.Sending],
      [{ type: 'sent' }, S.Published],
    ];
    let state: PostState = S.Draft;
    for (const [event, expected] of path) {
      state = transition(state, event).state;
      expect(state).toBe(expected);
    }
  });

  it.each(IN_FLIGHT_STATES)('refuses edit and cancel while a send may be in flight (%s)', (state) => {
    expect(() => transition(state, { type: 'edit' })).toThrow(
      expect.objectContaining({ code: 'POST_NOT_EDITABLE' }),
    );
    expect(() => transition(state, { type: 'cancel' })).toThrow(
      expect.objectContaining({ code: 'POST_NOT_CANCELLABLE' }),
    );
  });

  it.each(['failed', 'needs_review'] as PostState[])(
    'scheduling or editing a %s post says resolve (send_again) is the way',
    (state) => {
      for (const type of ['schedule', 'edit'] as const) {
        expect(() => transition(state, { type } as never)).toThrow(
          expect.objectContaining({ code: 'POST_NEEDS_RESOLVE', params: { state } }),
        );
      }
    },
  );

  it.each(TERMINAL_STATES)(
    'a terminal state (%s) takes no person change except a retry of a failure',
    (state) => {
      expect(canTransition(state, { type: 'edit' })).toBe(false);
      expect(canTransition(state, { type: 'cancel' })).toBe(false);
      expect(canTransition(state, { type: 'resolve_send_again' })).toBe(state === S.Failed);
    },
  );

  it('people bump the version; workers never do', () => {
    expect(transition(S.Scheduled, { type: 'edit' })).toEqual({ state: S.Scheduled, bumpVersion: true });
    expect(transition(S.Ready, { type: 'cancel' })).toEqual({ state: S.Cancelled, bumpVersion: true });
    expect(transition(S.Queued, { type: 'claim' })).toEqual({ state: S.Preparing, bumpVersion: false });
  });

  it('a post with nothing to prepare is claimed and sent in one step, only from a waiting state', () => {
    for (const from of [S.Scheduled, S.Queued, S.RetryWait]) {
      expect(transition(from, { type: 'claim_and_send' })).toEqual({ state: S.Sending, bumpVersion: false });
    }
    for (const from of [S.Draft, S.Preparing, S.Ready, S.Sending, S.Unknown, S.Cancelled, S.Published]) {
      expect(canTransition(from, { type: 'claim_and_send' })).toBe(false);
    }
  });

  it('a worker dying mid-send leads to reconciliation, never straight back to sending', () => {
    expect(transition(S.Sending, { type: 'lease_expired' }).state).toBe(S.Unknown);
    expect(transition(S.Preparing, { type: 'lease_expired' }).state).toBe(S.Queued);
    expect(canTransition(S.Unknown, { type: 'begin_send' })).toBe(false);
  });

  it('only a proven-absent reconciliation makes a post sendable again', () => {
    expect(transition(S.Reconciling, { type: 'reconciled_absent' }).state).toBe(S.Ready);
    expect(transition(S.Reconciling, { type: 'reconciled_found' }).state).toBe(S.Published);
    expect(transition(S.Reconciling, { type: 'reconciled_ambiguous' }).state).toBe(S.NeedsReview);
  });

  it('throws domain errors, never generic ones', () => {
    for (const state of ALL_POST_STATES) {
      try {
        transition(state, { type: 'sent' });
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
      }
    }
  });
});

/**
 * Model-based property: random interleavings of people (schedule, edit, cancel) and workers
 * (including crashes, stale jobs and ambiguous platform outcomes) against a simulated platform.
 * Whatever happens: at most one post reaches the platform, nothing is sent for a stale version, and
 * a post that reached the platform is never reported cancelled.
 */
describe('post lifecycle invariants (model-based, fast-check)', () => {
  type Step =
    | { kind: 'person'; action: 'schedule' | 'edit' | 'cancel' }
    | { kind: 'deliver'; stale: boolean }
    | { kind: 'prepare' }
    | { kind: 'send'; outcome: 'ok' | 'rejected' | 'drop_after_commit' | 'crash_before' | 'crash_after' }
    | { kind: 'reconcile' }
    | { kind: 'expire_lease' };

  // Weighted towards worker progress: uniform choices spend most runs cancelled or stuck early and
  // rarely reach the interesting crash-after-send paths.
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('person' as const),
        action: fc.constantFrom('schedule' as const, 'schedule' as const, 'edit' as const, 'cancel' as const),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), stale: fc.boolean() }) },
    { weight: 3, arbitrary: fc.constant({ kind: 'prepare' as const }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('send' as const),
        outcome: fc.constantFrom(
          'ok' as const,
          'rejected' as const,
          'drop_after_commit' as const,
          'crash_before' as const,
          'crash_after' as const,
        ),
      }),
    },
    { weight: 3, arbitrary: fc.constant({ kind: 'reconcile' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'expire_lease' as const }) },
  );

  it('never sends twice, never sends a stale or cancelled version', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 80, size: 'max' }), (steps) => {
        let state = S.Draft as PostState;
        let version = 1;
        const platform: { version: number }[] = [];
        let cancelledAt: number | null = null;
        const apply = (event: PostEvent) => {
          const r = transition(state, event);
          state = r.state;
          if (r.bumpVersion) version++;
        };
        const tryApply = (event: PostEvent) => canTransition(state, event) && (apply(event), true);

        for (const s of steps) {
          switch (s.kind) {
            case 'person':
              if (tryApply({ type: s.action }) && s.action === 'cancel') cancelledAt = version;
              break;
            case 'deliver': {
              // A job carries the version it was enqueued for; a stale one must do nothing.
              const jobVersion = s.stale ? version - 1 : version;
              if (jobVersion !== version) break;
              tryApply({ type: 'enqueue' });
              tryApply({ type: 'claim' });
              break;
            }
            case 'prepare':
              tryApply({ type: 'prepared' });
              break;
            case 'send':
              if (!tryApply({ type: 'begin_send' })) break;
              if (s.outcome === 'crash_before') {
                apply({ type: 'lease_expired' });
                break;
              }
              if (s.outcome === 'rejected') {
                apply({ type: 'send_rejected', permanent: false });
                break;
              }
              // Cancel is final: nothing may reach the platform after it.
              if (cancelledAt !== null) return false;
              platform.push({ version });
              if (s.outcome === 'ok') apply({ type: 'sent' });
              else if (s.outcome === 'drop_after_commit') apply({ type: 'send_outcome_unknown' });
              else apply({ type: 'lease_expired' });
              break;
            case 'reconcile':
              if (!tryApply({ type: 'begin_reconcile' })) break;
              apply({
                type:
                  platform.length === 1
                    ? 'reconciled_found'
                    : platform.length === 0
                      ? 'reconciled_absent'
                      : 'reconciled_ambiguous',
              });
              break;
            case 'expire_lease':
              tryApply({ type: 'lease_expired' });
              break;
          }
          if (platform.length > 1) return false;
          if (platform.length && platform[0].version !== version && state !== S.Published) return false;
          if (platform.length && state === S.Cancelled) return false;
        }
        return true;
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('actionsFrom: what a screen may offer for a post', () => {
  it('offers exactly the person transitions the state allows', () => {
    expect(actionsFrom(PostState.Scheduled)).toEqual(['schedule', 'edit', 'cancel']);
    expect(actionsFrom(PostState.NeedsReview)).toEqual(['mark_published', 'send_again']);
    expect(actionsFrom(PostState.Failed)).toEqual(['send_again']);
    expect(actionsFrom(PostState.Sending)).toEqual([]);
    expect(actionsFrom(PostState.Published)).toEqual([]);
    for (const state of ALL_POST_STATES) {
      for (const action of actionsFrom(state)) expect(POST_ACTIONS).toContain(action);
    }
  });
});
