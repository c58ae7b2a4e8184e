import { hash32, hashString } from './seeded-random';

/** Persisted per-kind counter: the last id handed out and how many were. */
export interface IdCounter {
  last: string;
  n: number;
}

/** Where each id family starts. Ids grow with uneven gaps, like snowflakes, so sorting by id sorts by time. */
const BASES = {
  xUser: 1_600_000_000_000_000_000n,
  tweet: 1_900_000_000_000_000_000n,
  xMedia: 1_890_000_000_000_000_000n,
  fbUser: 100_000_000_000_000n,
  fbPage: 61_550_000_000_000n,
  fbPost: 122_100_000_000_000_000n,
  fbPhoto: 123_100_000_000_000_000n,
  fbComment: 124_100_000_000_000_000n,
  igUser: 17_841_400_000_000_000n,
  igContainer: 17_880_000_000_000_000n,
  igMedia: 17_900_000_000_000_000n,
  igComment: 17_850_000_000_000_000n,
} as const;

export type IdKind = keyof typeof BASES;

/** Hands out ids and tokens that depend only on the seed and the order of calls. */
export class IdGenerator {
  constructor(
    private readonly counters: Record<string, IdCounter>,
    private readonly seed: number,
  ) {}

  next(kind: IdKind): string {
    const c = this.counters[kind] ?? { last: String(BASES[kind]), n: 0 };
    c.n += 1;
    const gap = 1 + (hash32(this.seed, kind, c.n) % 4_194_304);
    c.last = String(BigInt(c.last) + BigInt(gap));
    this.counters[kind] = c;
    return c.last;
  }

  token(prefix: string, length: number): string {
    const key = `token:${prefix}`;
    const c = this.counters[key] ?? { last: '0', n: 0 };
    c.n += 1;
    c.last = String(c.n);
    this.counters[key] = c;
    return prefix + hashString(length, this.seed, prefix, c.n);
  }

  /** Short opaque strings (fbtrace ids, t.co codes, IG shortcodes). */
  short(kind: string, length: number): string {
    return this.token(kind, length).slice(kind.length);
  }
}
