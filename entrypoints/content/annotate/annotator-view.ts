/**
 * What the in-page annotation UI shows (selection toolbar, editor, undo
 * notice) and what it can ask for. The annotator owns the state; the
 * components render it and call the actions.
 */
import type { Annotation, HighlightColor } from '../../../core/annotation-types.ts';
import type { PageTheme } from '../../../dom/highlight-style.ts';

/** A box in viewport coordinates (a selection's or a highlight's bounds). */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The floating thing shown near the text, if any. */
export type AnnotatorPopover =
  | { kind: 'none' }
  /** The toolbar over a fresh selection; `viaKeyboard` moves focus into it. */
  | { kind: 'toolbar'; box: ViewportBox; viaKeyboard: boolean }
  /** The editor for a new note on the selection. */
  | { kind: 'compose'; box: ViewportBox; color: HighlightColor; golden: boolean }
  /** The editor of an existing annotation. */
  | { kind: 'edit'; box: ViewportBox; id: string };

/** Everything the annotation UI renders. */
export interface AnnotatorViewState {
  popover: AnnotatorPopover;
  copyStatus: 'idle' | 'copied' | 'failed';
  /** A notice at the bottom of the window: a deletion that can be undone, or an error. */
  notice: { message: string; undo: Annotation | null } | null;
  theme: PageTheme;
}

/** The fields the editor hands back. */
export interface EditorValues {
  note: string;
  tags: string[];
  color: HighlightColor;
  golden: boolean;
}

/** What the annotation UI can ask the annotator to do. */
export interface AnnotatorActions {
  highlight(color: HighlightColor): void;
  /** Opens the editor for a note on the selection. */
  compose(): void;
  golden(): void;
  copy(): void;
  close(): void;
  saveNew(values: EditorValues): void;
  saveEdit(id: string, values: EditorValues): void;
  remove(id: string): void;
  undo(): void;
  dismissNotice(): void;
}

/** The state before anything was selected. */
export function initialAnnotatorView(): AnnotatorViewState {
  return { popover: { kind: 'none' }, copyStatus: 'idle', notice: null, theme: 'light' };
}
