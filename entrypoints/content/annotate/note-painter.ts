/**
 * Painting the page's placed annotations with CSS highlights (dom/
 * annotation-highlighter.ts), and bringing one into view. A Range is built
 * once per annotation and kept while its place is unchanged, so repainting
 * after every change of the list stays cheap.
 */
import type { Annotation } from '../../../core/annotation-types.ts';
import { textSpanToRange, type RunIndex } from '../../../dom/annotation-offsets.ts';
import type { NoteHighlighter, PaintedNote } from '../../../dom/annotation-highlighter.ts';
import type { ViewportBox } from './annotator-view.ts';
import type { NotePlace } from './page-annotations.ts';

const FLASH_MS = 1_500;

/** Where `range` is in the viewport. */
export function boxOf(range: Range): ViewportBox {
  const r = range.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Paints annotations and reveals a painted one. */
export interface NotePainter {
  /** Paints every placed note of `notes` on the page indexed by `index`; returns what is painted. */
  paint(index: RunIndex | null, notes: readonly Annotation[], places: Readonly<Record<string, NotePlace>>): PaintedNote[];
  /** Drops the kept Ranges (the page's text changed). */
  forgetRanges(): void;
  /** Scrolls painted note `id` to the middle of the window and flashes it; false when it is not painted. */
  reveal(id: string): boolean;
  /** What is painted now. */
  painted(): readonly PaintedNote[];
}

/** A painter drawing with `highlighter`. */
export function createNotePainter(highlighter: NoteHighlighter): NotePainter {
  const rangeCache = new Map<string, { key: string; range: Range | null }>();
  let painted: PaintedNote[] = [];
  return {
    paint(idx, notes, places) {
      const next: PaintedNote[] = [];
      for (const note of notes) {
        const place = places[note.id];
        if (!idx || place?.state !== 'placed') continue;
        const key = `${place.start}:${place.end}`;
        let cached = rangeCache.get(note.id);
        if (!cached || cached.key !== key) {
          cached = { key, range: textSpanToRange(idx, place) };
          rangeCache.set(note.id, cached);
        }
        if (cached.range) next.push({ id: note.id, color: note.color, golden: note.kind === 'golden', hasNote: note.note !== '', range: cached.range });
      }
      painted = next;
      highlighter.paint(painted);
      return painted;
    },
    forgetRanges: () => rangeCache.clear(),
    reveal(id) {
      const target = painted.find((p) => p.id === id);
      if (!target) return false;
      target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      const rect = target.range.getBoundingClientRect();
      const offset = rect.top + rect.height / 2 - window.innerHeight / 2;
      if (Math.abs(offset) > 2) window.scrollBy({ top: offset, left: 0, behavior: 'instant' });
      highlighter.flash(target.range, FLASH_MS);
      return true;
    },
    painted: () => painted,
  };
}
