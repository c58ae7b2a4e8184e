export * from './create-sandbox';
export type { SandboxProfile, XRateProfileName } from './core/sandbox-profile';
export type { SandboxState } from './core/sandbox-state';
export type {
  AccountsSeed,
  SeedResult,
  SeededX,
  SeededFacebook,
  SeededPage,
} from './control/account-seeding';
export type { FaultRuleInput, FaultAction, FaultMatch } from './core/fault-injector';
export type { JournalEntry } from './core/request-journal';
export { VirtualClock } from './core/virtual-clock';
export { NAMED_FIXTURES } from './core/fixture-images';
