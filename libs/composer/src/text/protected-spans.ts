import { extractFacts } from '../facts/fact-extractor';
import { findParenthesisSpans, findQuoteSpans } from './quote-spans';
import type { TextSpan } from './text-span';

/**
 * Where a shortened text may not be cut: inside a quotation, a bracket, or any fact (a name, a
 * number with its unit, a date such as "15 Oktober 2024", a time, a link). Cutting there would
 * misquote someone or leave "Rp 1.250…" for a reader to misread.
 */
export function protectedSpans(text: string, options: { quotes?: boolean } = {}): TextSpan[] {
  const spans: TextSpan[] = [...findParenthesisSpans(text), ...extractFacts(text)];
  if (options.quotes !== false) spans.push(...findQuoteSpans(text));
  return spans;
}
