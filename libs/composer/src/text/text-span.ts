/** A half-open range [start, end) of UTF-16 offsets into a string. */
export interface TextSpan {
  start: number;
  end: number;
}

/** True when a cut at `position` would fall strictly inside one of the spans. */
export function isInsideAnySpan(position: number, spans: readonly TextSpan[]): boolean {
  for (const span of spans) {
    if (span.start < position && position < span.end) return true;
  }
  return false;
}

export function spanOverlapsAny(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((other) => span.start < other.end && other.start < span.end);
}
