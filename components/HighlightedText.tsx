import { splitBySpans } from '../storage/search-spans.ts';
import type { Span } from '../protocol/search-types.ts';

export type HighlightedTextProps = {
  text: string;
  /** Matched stretches to wrap in <mark>; none renders the text as it is. */
  spans?: readonly Span[];
};

/** A text with the search's matches marked. */
export function HighlightedText({ text, spans }: HighlightedTextProps) {
  if (!spans || spans.length === 0) return <>{text}</>;
  return (
    <>
      {splitBySpans(text, spans).map((part, i) => (part.match ? <mark key={i} class="search-match">{part.text}</mark> : part.text))}
    </>
  );
}
