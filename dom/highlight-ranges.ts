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

/** Points whose Ranges are made between two pauses of `pointRangesInSteps`. */
export const POINTS_PER_STEP = 64;

/**
 * The marker and title Ranges of every point, in document order, pausing every
 * POINTS_PER_STEP points: on a 100,000-element page `createRange` alone took
 * 30–50 ms for an 18-speech outline's points in one go, so the reading view
 * makes them in time slices before it paints.
 */
export function* pointRangesInSteps(
  page: PageText,
  points: ReadonlyArray<{ depth: number; at: PointLocation }>,
): Generator<void, Array<PointRanges & { depth: number }>, void> {
  const ranges: Array<PointRanges & { depth: number }> = [];
  for (let i = 0; i < points.length; i++) {
    if (i > 0 && i % POINTS_PER_STEP === 0) yield;
    const point = points[i]!;
    const { marker, title } = pointRanges(page, point.at);
    ranges.push({ depth: point.depth, marker, title });
  }
  return ranges;
}
