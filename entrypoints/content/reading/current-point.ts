/**
 * Which point the reader is looking at: the last point (in document order)
 * whose top is at or above the reading line. Tops are read lazily through
 * `topOf`, so a binary search asks for about log2(n) rectangles per scroll frame
 * instead of all of them.
 */

/** The last index in 0..count-1 with `topOf(i) <= line`, or -1 when none is. Tops must not decrease. */
export function lastPointAbove(count: number, topOf: (index: number) => number, line: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(mid) <= line) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The current point after a scroll. Keeps `previous` while it stands on the same
 * line as the point found, so stepping onto the first of two inline points
 * (…。一是…二是…) is not overridden by its neighbour on the same line.
 */
export function pickCurrentPoint(count: number, topOf: (index: number) => number, line: number, previous: number): number {
  const found = lastPointAbove(count, topOf, line);
  if (found < 0 || previous < 0 || previous >= count || previous === found) return found;
  const previousTop = topOf(previous);
  return previousTop <= line && Math.abs(previousTop - topOf(found)) < 2 ? previous : found;
}
