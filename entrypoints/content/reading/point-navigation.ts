/**
 * Stepping through points with the keyboard: to the next or previous point in
 * document order, or only through the top-level points of each section.
 */

/** What stepping needs to know of a point. */
export interface SteppablePoint {
  depth: number;
}

/** Which way to step. */
export type StepDirection = 'next' | 'prev';

/**
 * The index of the point after (or before) `current`, counting only depth-1
 * points when `topLevelOnly`. From no point (-1) both directions go to the
 * first such point. Stays on `current` at either end, so a key held down stops
 * at the last point instead of wrapping round.
 */
export function stepPoint(points: readonly SteppablePoint[], current: number, direction: StepDirection, topLevelOnly: boolean): number {
  const fits = (i: number) => !topLevelOnly || points[i]!.depth === 1;
  if (current < 0 || current >= points.length) {
    for (let i = 0; i < points.length; i++) if (fits(i)) return i;
    return -1;
  }
  const delta = direction === 'next' ? 1 : -1;
  for (let i = current + delta; i >= 0 && i < points.length; i += delta) if (fits(i)) return i;
  return current;
}
