/**
 * Paints the reader's annotations with the CSS Custom Highlight API: one
 * highlight name per colour (speech-note-yellow…) in solid colours, one for
 * 金句 (speech-note-golden), one more that underlines
 * annotations carrying a note, and a flash for the one just revealed. Styled
 * by one constructed stylesheet adopted by the document, so the page's DOM is
 * never touched. Where the API is missing nothing is painted (the notes are
 * still listed in the panel): wrapping text in elements would change the very
 * text nodes the annotations are anchored to.
 */
import type { HighlightColor } from '../core/annotation-types.ts';
import type { PageTheme } from './highlight-style.ts';
import { adoptSheet, highlightGlobals, type HighlightGlobals } from './highlight-globals.ts';
import { HIGHLIGHT_COLORS } from '../protocol/annotation-wire.ts';

/** Every colour the toolbar offers, in its order. */
/** The colours, in the order the toolbar offers them. */
export const NOTE_COLORS: readonly HighlightColor[] = HIGHLIGHT_COLORS;

/** The highlight that underlines annotations with a note. */
export const NOTE_UNDERLINE = 'speech-note-underline';
/** The highlight that briefly marks a revealed annotation. */
export const NOTE_FLASH = 'speech-note-flash';

/** The registered name of a colour's highlight. */
export function noteHighlightName(color: HighlightColor): string {
  return `speech-note-${color}`;
}

/** The highlight of 金句: its own look whatever colour the record carries. */
export const NOTE_GOLDEN = 'speech-note-golden';

// Solid colours (unlike the outline's faint underlined point marks), so the reader's
// own marks stand out at a glance.
const TINTS: Record<PageTheme, Record<HighlightColor, string>> = {
  light: { yellow: 'rgba(253, 224, 71, 0.62)', green: 'rgba(134, 239, 172, 0.62)', blue: 'rgba(147, 197, 253, 0.62)', pink: 'rgba(249, 168, 212, 0.62)', purple: 'rgba(196, 181, 253, 0.62)' },
  dark: { yellow: 'rgba(234, 179, 8, 0.50)', green: 'rgba(34, 197, 94, 0.45)', blue: 'rgba(59, 130, 246, 0.50)', pink: 'rgba(236, 72, 153, 0.45)', purple: 'rgba(139, 92, 246, 0.50)' },
};

// 金句: deep gold with dark red-brown text and a double red underline — the only
// mark that changes the text colour and the only double line, so a saved 金句 is
// never taken for a yellow highlight.
const GOLDEN: Record<PageTheme, string> = {
  light: 'background-color:rgba(251, 191, 36, 0.78);color:#7c2d12;text-decoration:underline double 2px #dc2626;text-underline-offset:3px;',
  dark: 'background-color:rgba(217, 119, 6, 0.70);color:#fff7ed;text-decoration:underline double 2px #fca5a5;text-underline-offset:3px;',
};

/** The CSS declarations of one kind of the reader's mark: a colour, 金句, or the note underline (shared with the panel's legend). */
export function noteMarkDeclarations(mark: HighlightColor | 'golden' | 'note', theme: PageTheme): string {
  if (mark === 'golden') return GOLDEN[theme];
  if (mark === 'note') return `text-decoration:underline solid 2px ${theme === 'dark' ? '#fbbf24' : '#b45309'};text-underline-offset:3px;`;
  return `background-color:${TINTS[theme][mark]};`;
}

/** The `::highlight()` rules of the annotation highlights for a palette. */
export function buildNoteHighlightCss(theme: PageTheme): string {
  const rules = NOTE_COLORS.map((c) => `::highlight(${noteHighlightName(c)}){${noteMarkDeclarations(c, theme)}}`);
  rules.push(`::highlight(${NOTE_GOLDEN}){${noteMarkDeclarations('golden', theme)}}`);
  rules.push(`::highlight(${NOTE_UNDERLINE}){${noteMarkDeclarations('note', theme)}}`);
  rules.push(`::highlight(${NOTE_FLASH}){background-color:rgba(250, 204, 21, 0.9);color:#111827;}`);
  return rules.join('\n');
}

/** One annotation to paint. */
export interface PaintedNote {
  id: string;
  color: HighlightColor;
  /** True for a 金句 (drawn in its own look instead of its colour). */
  golden?: boolean;
  /** True when the annotation carries a note (drawn underlined). */
  hasNote: boolean;
  range: Range;
}

/** Draws the annotations of one document. */
export interface NoteHighlighter {
  /** False where the browser lacks the Highlight API (nothing is painted). */
  readonly supported: boolean;
  /** Replaces the painted set. */
  paint(notes: readonly PaintedNote[]): void;
  /** Marks `range` strongly for `ms` milliseconds. */
  flash(range: Range, ms: number): void;
  setTheme(theme: PageTheme): void;
  /** Removes the highlights and the stylesheet. */
  dispose(): void;
}

/** A highlighter for `doc`; its stylesheet is adopted on the first paint that has something to show. */
export function createNoteHighlighter(doc: Document, initialTheme: PageTheme): NoteHighlighter {
  let g: HighlightGlobals | null = highlightGlobals(doc);
  let sheet: CSSStyleSheet | null = null;
  let theme = initialTheme;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const names = [...NOTE_COLORS.map(noteHighlightName), NOTE_GOLDEN, NOTE_UNDERLINE];

  const adopt = (globals: HighlightGlobals) => {
    if (!sheet) {
      try {
        sheet = new globals.CSSStyleSheet();
        sheet.replaceSync(buildNoteHighlightCss(theme));
      } catch {
        // A sandbox that refuses a foreign stylesheet: no highlights, the panel still lists the notes.
        g = null;
        return;
      }
    }
    // A page may assign adoptedStyleSheets itself and drop ours: put it back on every paint.
    adoptSheet(doc, sheet);
  };
  const clear = (globals: HighlightGlobals) => {
    for (const name of names) globals.registry.delete(name);
  };

  return {
    get supported() {
      return g !== null;
    },
    paint(notes) {
      if (!g) return;
      if (notes.length === 0) {
        clear(g);
        return;
      }
      adopt(g);
      if (!g) return;
      const byName = new Map<string, Range[]>();
      const add = (name: string, range: Range) => {
        const list = byName.get(name);
        if (list) list.push(range);
        else byName.set(name, [range]);
      };
      for (const n of notes) {
        add(n.golden ? NOTE_GOLDEN : noteHighlightName(n.color), n.range);
        if (n.hasNote) add(NOTE_UNDERLINE, n.range);
      }
      for (const name of names) {
        const ranges = byName.get(name);
        if (!ranges) {
          g.registry.delete(name);
          continue;
        }
        const highlight = new g.Highlight(...ranges);
        // Above the outline's point highlights (priority 0–2), so the reader's colour shows.
        highlight.priority = name === NOTE_UNDERLINE ? 4 : 3;
        g.registry.set(name, highlight);
      }
    },
    flash(range, ms) {
      if (!g) return;
      adopt(g);
      if (!g) return;
      const highlight = new g.Highlight(range);
      highlight.priority = 5;
      g.registry.set(NOTE_FLASH, highlight);
      clearTimeout(flashTimer);
      const globals = g;
      flashTimer = setTimeout(() => globals.registry.delete(NOTE_FLASH), ms);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      sheet?.replaceSync(buildNoteHighlightCss(theme));
    },
    dispose() {
      clearTimeout(flashTimer);
      if (g) {
        clear(g);
        g.registry.delete(NOTE_FLASH);
      }
      const s = sheet;
      if (s && doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
    },
  };
}

/** The caret position under viewport point (x, y): caretPositionFromPoint, or WebKit's caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null; caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * The id of the painted annotation under viewport point (x, y), or null. CSS
 * highlights get no events: the caret under the pointer is tested against each
 * range, then the range's boxes confirm the pointer is on its text (a caret
 * snaps to the nearest text even from a margin). The shortest match wins, so a
 * note inside a longer highlight can still be picked.
 */
export function noteAtPoint(doc: Document, x: number, y: number, notes: readonly PaintedNote[]): string | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  let best: PaintedNote | null = null;
  let bestLength = Infinity;
  for (const n of notes) {
    try {
      if (n.range.startContainer.getRootNode() !== caret.node.getRootNode()) continue;
      if (!n.range.isPointInRange(caret.node, caret.offset)) continue;
    } catch {
      continue;
    }
    const onText = Array.from(n.range.getClientRects()).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
    if (!onText) continue;
    const length = n.range.toString().length;
    if (length < bestLength) {
      best = n;
      bestLength = length;
    }
  }
  return best?.id ?? null;
}
