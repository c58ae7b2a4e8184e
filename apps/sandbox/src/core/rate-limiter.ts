import { SandboxStore } from './sandbox-store';

export interface WindowView {
  limit: number;
  count: number;
  /** Epoch ms when the window starts over. */
  resetAt: number;
}

/**
 * Fixed windows that open with the first call (as X's do), stored in the sandbox state so a
 * 24 h cap survives a restart and the virtual clock drives when they reopen.
 */
export class RateLimiter {
  constructor(private readonly store: SandboxStore) {}

  view(key: string, limit: number, windowSeconds: number, now: number): WindowView {
    const w = this.store.state.rate[key];
    if (!w || now >= w.start + windowSeconds * 1000) {
      return { limit, count: 0, resetAt: now + windowSeconds * 1000 };
    }
    return { limit, count: w.count, resetAt: w.start + windowSeconds * 1000 };
  }

  hit(key: string, windowSeconds: number, now: number): void {
    const w = this.store.state.rate[key];
    if (!w || now >= w.start + windowSeconds * 1000) this.store.state.rate[key] = { start: now, count: 1 };
    else w.count += 1;
  }

  /** Forget windows that ended long ago, so the persisted state does not grow forever. */
  sweep(now: number, maxWindowSeconds = 86_400): void {
    for (const [k, w] of Object.entries(this.store.state.rate)) {
      if (now >= w.start + maxWindowSeconds * 1000) delete this.store.state.rate[k];
    }
  }
}
