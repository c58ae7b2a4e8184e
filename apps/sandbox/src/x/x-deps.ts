import { SandboxStore } from '../core/sandbox-store';
import { XRateLimits } from './x-rate-limits';

/** What every X route module needs. */
export interface XDeps {
  store: SandboxStore;
  rate: XRateLimits;
}
