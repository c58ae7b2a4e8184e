/** Escapes text for HTML content and attribute values: all user content goes through this. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) and same-origin URLs may become href/src values (no javascript:, data:). */
export function safeUrl(value: string | null | undefined): string {
  if (!value) return '#';
  if (value.startsWith('/') && !value.startsWith('//')) return escapeHtml(value);
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? escapeHtml(u.toString()) : '#';
  } catch {
    return '#';
  }
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f3f4f6;color:#111827}
header{background:#0f172a;color:#fff;padding:12px 20px}header a{color:#93c5fd}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:20px;margin:0}h2{font-size:18px;margin:24px 0 8px}h3{font-size:15px;margin:0}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:12px 14px;margin:10px 0}
.muted{color:#6b7280;font-size:12px}.metrics{color:#374151;font-size:12px;margin-top:6px}
.deleted{opacity:.55}.deleted .text{text-decoration:line-through}
.badge{display:inline-block;font-size:11px;border-radius:999px;padding:1px 8px;background:#e5e7eb;margin-left:6px}
.badge.red{background:#fee2e2;color:#991b1b}.badge.blue{background:#dbeafe;color:#1e40af}
.replies{margin-left:22px;border-left:3px solid #e5e7eb;padding-left:10px}
.media{display:flex;gap:6px;flex-wrap:wrap;margin-top:8px}.media img{max-height:180px;max-width:240px;border-radius:8px;object-fit:cover}
.comment{font-size:13px;background:#f9fafb;border-radius:8px;padding:6px 8px;margin-top:6px}
.text{white-space:pre-wrap;word-wrap:break-word;margin-top:6px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
button{font-size:15px;padding:10px 14px;border-radius:8px;border:1px solid #2563eb;background:#2563eb;color:#fff;cursor:pointer;margin:4px 0;width:100%;text-align:left}
button.secondary{background:#fff;color:#374151;border-color:#d1d5db}
`;

export function page(title: string, body: string, opts: { refreshSeconds?: number } = {}): string {
  const refresh = opts.refreshSeconds ? `<meta http-equiv="refresh" content="${opts.refreshSeconds}">` : '';
  return (
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `${refresh}<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}
