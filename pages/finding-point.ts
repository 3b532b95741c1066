/**
 * Which outline point a numbering finding belongs to, and how to show that
 * point in an outline tree on an extension page (the library's opened draft):
 * its <details> ancestors opened, scrolled to, and flashed.
 */
import type { NumberingFinding } from '../core/check/types.ts';
import { walkPoints, type ExtractedOutline, type LocatedPoint } from '../core/index.ts';

/** How long the found point stays marked, in ms. */
const FLASH_MS = 1600;

/** The point whose marker the finding is about; else the last point before it (a finding on a paragraph without a point). */
export function pointOfFinding(outline: ExtractedOutline, finding: Pick<NumberingFinding, 'block' | 'markerStart'>): LocatedPoint | null {
  let before: LocatedPoint | null = null;
  let exact: LocatedPoint | null = null;
  for (const section of outline.sections) {
    walkPoints(section.points, (p) => {
      if (exact) return;
      if (p.at.block === finding.block && p.at.markerStart === finding.markerStart) exact = p;
      else if (p.at.block < finding.block || (p.at.block === finding.block && p.at.markerStart < finding.markerStart)) before = p;
    });
  }
  return exact ?? before;
}

/** The label an outline tree shows for a point (its marker and title; the tree's own spans). */
function labelOf(marker: string, title: string): string {
  return `${marker}\u0000${title}`;
}

/**
 * Shows `point` in the outline tree rendered under `root`: the tree has no ids,
 * so the point is found as the n-th point with the same marker and title, n
 * counted in document order in `outline`. False when the tree does not show it
 * (for instance with 只看一级 on and a sub-point).
 */
export function showPointInTree(root: ParentNode, outline: ExtractedOutline, point: LocatedPoint): boolean {
  const wanted = labelOf(point.marker, point.title);
  let occurrence = -1;
  let seen = 0;
  for (const section of outline.sections) {
    walkPoints(section.points, (p) => {
      if (occurrence >= 0 || labelOf(p.marker, p.title) !== wanted) return;
      if (p === point) occurrence = seen;
      else seen++;
    });
  }
  if (occurrence < 0) return false;
  const items = Array.from(root.querySelectorAll<HTMLElement>('li.point')).filter((li) => {
    const label = li.querySelector(':scope > .point-label, :scope > details > summary > .point-label');
    const marker = label?.querySelector('.point-marker')?.textContent ?? '';
    const title = label?.querySelector('.point-title:not(.point-title--untitled)')?.textContent ?? '';
    return labelOf(marker, title) === wanted;
  });
  const target = items[occurrence];
  if (!target) return false;
  for (let el = target.parentElement; el && el !== root; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.classList.add('point--found');
  setTimeout(() => target.classList.remove('point--found'), FLASH_MS);
  return true;
}
