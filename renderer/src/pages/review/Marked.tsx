import { Fragment, useMemo } from 'react';
import { markSegments } from './highlight';

/** A text with the given fragments wrapped in <mark> (evidence of the selected finding). */
export function Marked({ text, needles, className = 'ev' }: { text: string; needles: readonly string[]; className?: string }) {
  const segments = useMemo(() => markSegments(text, needles), [text, needles]);
  return (
    <>
      {segments.map((s, i) =>
        s.marked ? (
          <mark key={i} className={className}>
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
