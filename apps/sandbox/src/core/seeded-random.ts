/*
 * Deterministic randomness. Everything "random" in the sandbox (ids, tokens, metric curves, fault
 * probabilities) is a pure function of the seed and a counter, so two runs with the same seed and
 * the same sequence of calls produce the same ids and numbers.
 */

/** 32-bit FNV-1a over the parts, finished with a murmur3 mix so nearby inputs spread well. */
export function hash32(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (let p = 0; p < parts.length; p++) {
    const s = String(parts[p]);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // part separator, so ("ab","c") differs from ("a","bc")
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) fixed by the parts. */
export function unitHash(...parts: Array<string | number>): number {
  return hash32(...parts) / 4294967296;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A token-looking string fixed by the parts. */
export function hashString(length: number, ...parts: Array<string | number>): string {
  let out = '';
  for (let i = 0; out.length < length; i++) {
    let h = hash32(...parts, i);
    for (let k = 0; k < 5 && out.length < length; k++) {
      out += ALPHABET[h % ALPHABET.length];
      h = Math.floor(h / ALPHABET.length);
    }
  }
  return out;
}

/** mulberry32: a tiny seeded PRNG for sequences (fault probabilities, fixture noise). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
