const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'SECTION',
  'ARTICLE',
  'PRE',
  'TABLE',
  'UL',
  'OL',
]);
const SKIP = new Set(['STYLE', 'SCRIPT', 'HEAD', 'TITLE', 'META', 'XML']);

function render(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return '';
  if (tag === 'BR') return '\n';
  const inner = Array.from(el.childNodes).map(render).join('');
  return BLOCKS.has(tag) ? `\n\n${inner}\n\n` : inner;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/**
 * What a paste from Word (or a web page, or an e-mail) becomes in the release body: one paragraph per
 * paragraph of the source, separated by a blank line, which is how the composer finds paragraphs.
 * Word's HTML wraps lines inside a paragraph (those become spaces); its plain text ends each paragraph
 * with CRLF and no blank line (each line becomes a paragraph).
 */
export function pastedText(html: string | null | undefined, plain: string): string {
  if (html && /<(p|div|li|h[1-6]|br|tr)\b/i.test(html)) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const out = paragraphs(render(doc.body));
    if (out) return out;
  }
  const text = plain.replace(/\r\n?/g, '\n');
  // Paragraphs already separated by blank lines stay as they are; otherwise every line is one.
  return /\n\s*\n/.test(text) ? paragraphs(text) : paragraphs(text.replace(/\n/g, '\n\n'));
}
