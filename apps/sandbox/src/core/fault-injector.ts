import { OriginName } from './http-types';
import { mulberry32 } from './seeded-random';

export type DropMode = 'beforeCommit' | 'afterCommit';

export interface FaultMatch {
  origin?: OriginName;
  method?: string;
  pathRegex?: string;
  /** Fire on the nth matching request only (1-based). */
  nth?: number;
  /** Fire on every kth matching request. */
  every?: number;
  /** Fire with this probability (seeded, so repeatable). */
  probability?: number;
  /** Stop after firing this many times (default: once for `nth`, unlimited otherwise). */
  times?: number;
}

export interface FaultAction {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long (real ms) before handling; with no other action the request then runs normally. */
  delayMs?: number;
  drop?: DropMode;
  /** Send the headers and only part of the body, then cut the connection (true = half). */
  truncate?: boolean | number;
  /** With `status`: run the real handler first (the effect is stored), then answer with `status`. */
  commit?: boolean;
}

export interface FaultRuleInput extends FaultMatch {
  id?: string;
  action: FaultAction;
}

export interface FaultRule extends FaultRuleInput {
  id: string;
  seen: number;
  fired: number;
}

export class FaultRuleError extends Error {}

/**
 * Scripted failures for connector tests: errors, slow answers, cut connections, and the
 * "stored but the client never heard" case that reconciliation exists for.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];
  private random: () => number;
  private created = 0;

  constructor(seed: number) {
    this.random = mulberry32(seed ^ 0x5eed);
  }

  get active(): boolean {
    return this.rules.length > 0;
  }

  reset(seed: number): void {
    this.rules = [];
    this.random = mulberry32(seed ^ 0x5eed);
  }

  add(inputs: FaultRuleInput[]): FaultRule[] {
    const rules = inputs.map((r) => this.validate(r));
    this.rules.push(...rules);
    return rules;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The first rule that fires for this request, counting it as seen by every rule it matches. */
  match(origin: OriginName, method: string, path: string): FaultRule | null {
    let chosen: FaultRule | null = null;
    for (const r of this.rules) {
      if (r.origin && r.origin !== origin) continue;
      if (r.method && r.method.toUpperCase() !== method) continue;
      if (r.pathRegex && !new RegExp(r.pathRegex).test(path)) continue;
      const limit = r.times ?? (r.nth !== undefined ? 1 : Infinity);
      if (r.fired >= limit) continue;
      r.seen += 1;
      if (chosen) continue;
      let fires = true;
      if (r.nth !== undefined) fires = r.seen === r.nth;
      else if (r.every !== undefined) fires = r.seen % r.every === 0;
      else if (r.probability !== undefined) fires = this.random() < r.probability;
      if (fires) {
        r.fired += 1;
        chosen = r;
      }
    }
    return chosen;
  }

  private validate(input: FaultRuleInput): FaultRule {
    if (typeof input !== 'object' || input === null)
      throw new FaultRuleError('each fault rule must be an object');
    const a = input.action;
    if (typeof a !== 'object' || a === null) throw new FaultRuleError('a fault rule needs an action');
    if (input.pathRegex !== undefined) {
      try {
        new RegExp(input.pathRegex);
      } catch {
        throw new FaultRuleError(`pathRegex is not a valid regular expression: ${input.pathRegex}`);
      }
    }
    if (a.drop !== undefined && a.drop !== 'beforeCommit' && a.drop !== 'afterCommit') {
      throw new FaultRuleError('action.drop must be "beforeCommit" or "afterCommit"');
    }
    if (a.status !== undefined && (!Number.isInteger(a.status) || a.status < 100 || a.status > 599)) {
      throw new FaultRuleError('action.status must be an HTTP status code');
    }
    if (
      a.status === undefined &&
      a.drop === undefined &&
      a.delayMs === undefined &&
      a.truncate === undefined
    ) {
      throw new FaultRuleError('action needs at least one of status, drop, delayMs, truncate');
    }
    for (const k of ['nth', 'every', 'times'] as const) {
      const v = input[k];
      if (v !== undefined && (!Number.isInteger(v) || v < 1))
        throw new FaultRuleError(`${k} must be an integer >= 1`);
    }
    if (input.probability !== undefined && !(input.probability >= 0 && input.probability <= 1)) {
      throw new FaultRuleError('probability must be between 0 and 1');
    }
    this.created += 1;
    return { ...input, id: input.id ?? `fault-${this.created}`, seen: 0, fired: 0 };
  }
}
