/**
 * Whether a post read back from the platform is the one we sent. Platforms rewrite links (X: t.co),
 * trim whitespace and may normalise Unicode, so links and spacing are ignored; everything else must
 * be equal. Used only to reconcile an unknown outcome: a false "no match" sends again, so the
 * comparison errs on the side of matching the same words.
 */
export function sameText(sent: string, found: string | null): boolean {
  if (found === null) return false;
  const a = normalise(sent);
  const b = normalise(found);
  return a.length > 0 && a === b;
}

function normalise(s: string): string {
  return s
    .normalize('NFC')
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
