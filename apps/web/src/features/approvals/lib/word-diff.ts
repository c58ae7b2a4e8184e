/** One run of the word diff: text both versions share, or text only the old / only the new has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Each word with the whitespace after it (and any leading whitespace on its own), so the new text
 * joins back exactly and an edit reads as whole words ("15 Oktober"), not words split by spaces.
 */
function tokens(text: string): string[] {
  const lead = /^\s+/.exec(text)?.[0];
  const words = text.match(/\S+\s*/g) ?? [];
  return lead ? [lead, ...words] : words;
}

/** Words are equal when they differ only in the whitespace after them. */
const key = (token: string) => token.trim();

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * A word-level diff (longest common subsequence over words): what an approver reads as "what changed
 * since I last looked". The common head and tail are cut off first, so a release with a few edits in
 * 700 words costs a small table, not 700 x 700.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && key(a[head]!) === key(b[head]!)) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    key(a[a.length - 1 - tail]!) === key(b[b.length - 1 - tail]!)
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const xk = x.map(key);
  const yk = y.map(key);
  const parts: DiffPart[] = [];
  if (head) push(parts, 'same', b.slice(0, head).join(''));

  // lcs[i][j] = length of the LCS of x[i..] and y[j..], in one flat array.
  const w = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        xk[i] === yk[j]
          ? lcs[(i + 1) * w + j + 1]! + 1
          : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (xk[i] === yk[j]) {
      push(parts, 'same', y[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      push(parts, 'removed', x[i++]!);
    } else {
      push(parts, 'added', y[j++]!);
    }
  }
  while (i < x.length) push(parts, 'removed', x[i++]!);
  while (j < y.length) push(parts, 'added', y[j++]!);

  if (tail) push(parts, 'same', b.slice(b.length - tail).join(''));
  return parts;
}

/** True when the two texts differ in anything but whitespace at their ends. */
export function changed(before: string, after: string): boolean {
  return before.trim() !== after.trim();
}

const CONTEXT = 120;

/**
 * Shortens the long unchanged runs between changes to their edges ("… "), so a two-word edit in a
 * 4,000-character release reads as the sentence around it, not the whole text again.
 */
export function elideUnchanged(parts: DiffPart[], context = CONTEXT): DiffPart[] {
  if (parts.every((p) => p.kind === 'same')) return parts;
  return parts.map((p, i) => {
    if (p.kind !== 'same' || p.text.length <= context * 2 + 20) return p;
    const first = i === 0;
    const last = i === parts.length - 1;
    const head = first ? '' : cutAfter(p.text, context);
    const tail = last ? '' : cutBefore(p.text, context);
    return { kind: 'same', text: `${head}${first ? '… ' : ' … '}${tail}`.replace(/ … $/, ' …') };
  });
}

/** The first `n` characters, ended at a word boundary. */
function cutAfter(text: string, n: number): string {
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return (space > n / 2 ? cut.slice(0, space) : cut).trimEnd();
}

/** The last `n` characters, started at a word boundary. */
function cutBefore(text: string, n: number): string {
  const cut = text.slice(-n);
  const space = cut.indexOf(' ');
  return (space >= 0 && space < n / 2 ? cut.slice(space + 1) : cut).trimStart();
}
