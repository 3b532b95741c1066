import { sourceAt, type PageText } from './read-page.ts';

/**
 * A DOM Range covering characters [start, end) of block `block`: from the source
 * position of char `start` to just after the source position of char `end - 1`.
 * An empty span gives a collapsed Range at char `start`. Null when the block or
 * offsets are out of bounds. The Range's toString() equals the block text up to
 * source whitespace (collapsed runs) and hidden text inside the span (skipped
 * when reading, but still in the DOM between the two ends).
 */
export function rangeInBlock(page: PageText, block: number, start: number, end: number): Range | null {
  const text = page.blocks[block]?.text;
  const source = page.sources[block];
  if (text === undefined || !source) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || start > end || start >= text.length) return null;
  const first = sourceAt(source, text.length, start);
  const last = end > start ? sourceAt(source, text.length, end - 1) : first;
  if (!first || !last) return null;
  const range = page.root.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  if (end > start) range.setEnd(last.node, last.offset + 1);
  else range.setEnd(first.node, first.offset);
  return range;
}
