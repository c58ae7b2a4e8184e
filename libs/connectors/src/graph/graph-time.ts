/** Graph writes times as "2026-05-02T10:00:05+0000"; Date.parse wants a colon in the offset. */
export function parseGraphTime(value: string | undefined | null): Date {
  if (!value) return new Date(NaN);
  return new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

export function unixSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}
