import { Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface Highlight {
  start: number;
  end: number;
}

/**
 * A post's text as the platform shows it (line breaks kept), with one span marked when the editor
 * clicks a problem that points into it; the mark scrolls into view.
 */
export function MarkedText({
  text,
  highlight,
  size = 'sm',
}: {
  text: string;
  highlight?: Highlight | null;
  size?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (highlight) ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [highlight]);
  const valid =
    highlight && highlight.start >= 0 && highlight.end <= text.length && highlight.start < highlight.end;
  return (
    <Text size={size} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {valid ? (
        <>
          {text.slice(0, highlight.start)}
          <mark ref={ref}>{text.slice(highlight.start, highlight.end)}</mark>
          {text.slice(highlight.end)}
        </>
      ) : (
        text
      )}
    </Text>
  );
}
