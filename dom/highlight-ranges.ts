/**
 * The DOM Ranges a point's highlight covers: its marker (一、) and its title
 * (the text after the marker up to the sentence end), each as its own Range
 * so the two can be coloured differently.
 */
import type { PointLocation } from '../core/types.ts';
import { rangeInBlock } from './block-ranges.ts';
import type { PageText } from './read-page.ts';

/** A point's Ranges; null where that part is empty or could not be placed. */
export interface PointRanges {
  marker: Range | null;
  title: Range | null;
}

/** The marker and title Ranges of the point at `at` in `page`. */
export function pointRanges(page: PageText, at: PointLocation): PointRanges {
  const marker = at.markerEnd > at.markerStart ? rangeInBlock(page, at.block, at.markerStart, at.markerEnd) : null;
  const title = at.titleEnd > at.markerEnd ? rangeInBlock(page, at.block, at.markerEnd, at.titleEnd) : null;
  return { marker, title };
}

/** The Range spanning a point's marker and title together (what a jump scrolls to and flashes). */
export function pointSpan(page: PageText, at: PointLocation): Range | null {
  return rangeInBlock(page, at.block, at.markerStart, Math.max(at.titleEnd, at.markerEnd));
}
