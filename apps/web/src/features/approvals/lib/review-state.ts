import type { Me } from '@web/lib/current-node';
import type { Approval, QueuedRelease, Release } from '../api/types';

/** Whether the signed-in user may decide on this release now, and if not, why. */
export type DecisionRight =
  | { kind: 'can'; policy: string; step: number }
  | { kind: 'own' }
  | { kind: 'notWaiting'; status: string }
  | { kind: 'firstStepByYou' }
  | { kind: 'notYours' }
  | { kind: 'checking' };

/** Step 1 of the current two-step round, when approved: made at the version just before this one. */
export function currentFirstStep(release: Release, history: Approval[]): Approval | null {
  if (release.status !== 'in_review') return null;
  return (
    history.find(
      (a) => a.step === 1 && a.decision === 'approved' && a.releaseVersion === release.version - 1,
    ) ?? null
  );
}

/**
 * May `me` decide now? Never on their own release; yes when it waits for them in the queue (the
 * queue entry still loading: checking); otherwise why not.
 */
export function decisionRight(
  release: Release,
  me: Me,
  checking: boolean,
  queued: QueuedRelease | null,
  firstStep: Approval | null,
): DecisionRight {
  if (release.authorId === me.user.id) return { kind: 'own' };
  if (checking) return { kind: 'checking' };
  if (queued) return { kind: 'can', policy: queued.approvalPolicy, step: queued.pendingStep };
  if (release.status !== 'in_review') return { kind: 'notWaiting', status: release.status };
  return firstStep?.decidedBy === me.user.id ? { kind: 'firstStepByYou' } : { kind: 'notYours' };
}
