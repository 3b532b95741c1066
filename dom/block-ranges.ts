import type { PageText } from './read-page.ts';

/** A DOM Range covering characters [start, end) of block `block` (STUB: being written). */
export function rangeInBlock(page: PageText, block: number, start: number, end: number): Range | null {
  void page; void block; void start; void end;
  return null;
}
