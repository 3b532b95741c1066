/**
 * The panel's notes section, as data: a page's annotations grouped under the
 * outline point they were made in (by their stored outline context), groups
 * and notes in reading order, and the ones that could not be placed apart.
 */
import type { Annotation, OutlineContext } from '../../../core/annotation-types.ts';
import type { ReadingOutline } from '../reading/reading-outline.ts';
import type { NotePlace } from './page-annotations.ts';
import { locationLabel } from '../../../core/anchoring/location-label.ts';

/** The notes of one outline point (or of the text outside any point). */
export interface PointNoteGroup {
  key: string;
  /** Markers down to the point (二、 › （三） › 2.); empty outside the outline. */
  path: string[];
  pointTitle: string;
  /** Where the group is, as the popup names it: 篇3 › 二 › （三） (just the markers on a page of one speech). */
  location: string;
  /** The reading view's id of the point, or -1 when today's outline has no such point. */
  pointId: number;
  notes: Annotation[];
}

/** The notes section's rows. */
export interface GroupedPageNotes {
  groups: PointNoteGroup[];
  /** Annotations whose text is gone (未定位), in storage order. */
  orphans: Annotation[];
}

/** The id of the point of `outline` reached by following `path` in section `sectionIndex`; -1 when there is none. */
export function pointIdForContext(outline: ReadingOutline | null, context: OutlineContext | null): number {
  if (!outline || !context || context.path.length === 0) return -1;
  let candidates = outline.sections[context.sectionIndex]?.roots ?? [];
  let found = -1;
  for (const marker of context.path) {
    found = candidates.find((id) => outline.points[id]?.marker === marker) ?? -1;
    if (found < 0) return -1;
    candidates = outline.points[found]!.children;
  }
  return found;
}

/**
 * The group's location label. Today's outline says how many speeches the page
 * has, for a note saved before its context kept that count.
 */
function groupLocation(context: OutlineContext | null, outline: ReadingOutline | null): string {
  if (!context) return '';
  const sectionCount = context.sectionCount ?? outline?.sections.length;
  return locationLabel(sectionCount === undefined ? context : { ...context, sectionCount });
}

function groupKey(context: OutlineContext | null): string {
  return context ? `${context.sectionIndex}|${context.path.join('|')}` : '-';
}

/**
 * Groups placed (and still-searched) annotations by outline point; orphans go
 * apart. Without an outline (a page that is not a speech) they are one group
 * in reading order, whatever context they were saved with.
 */
export function groupPageNotes(notes: readonly Annotation[], places: Readonly<Record<string, NotePlace>>, outline: ReadingOutline | null): GroupedPageNotes {
  const startOf = (n: Annotation): number => {
    const p = places[n.id];
    return p?.state === 'placed' ? p.start : Number.MAX_SAFE_INTEGER;
  };
  const orphans: Annotation[] = [];
  const byKey = new Map<string, PointNoteGroup>();
  const sorted = [...notes].sort((a, b) => startOf(a) - startOf(b));
  for (const note of sorted) {
    if (places[note.id]?.state === 'orphan') {
      orphans.push(note);
      continue;
    }
    const context = outline ? note.context : null;
    const key = groupKey(context);
    let group = byKey.get(key);
    if (!group) {
      group = { key, path: context?.path ?? [], pointTitle: context?.pointTitle ?? '', location: groupLocation(context, outline), pointId: pointIdForContext(outline, context), notes: [] };
      byKey.set(key, group);
    }
    group.notes.push(note);
  }
  return { groups: [...byKey.values()], orphans };
}
