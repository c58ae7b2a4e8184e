export type Language = 'id' | 'en';

/** Picks the user's language from an Accept-Language header: Indonesian unless English is preferred. */
export function languageFromHeader(header: string | undefined | null): Language {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((x) => x.tag && x.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  for (const { tag } of ranked) {
    if (tag === 'id' || tag.startsWith('id-') || tag === 'in') return 'id';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'id';
}
