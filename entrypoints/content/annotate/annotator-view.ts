/**
 * What the in-page annotation UI shows (selection toolbar, the editor's
 * frame, undo notice) and what it can ask for. The annotator owns the state;
 * the components render it and call the actions. The editor itself is an
 * extension frame (entrypoints/note-frame/): the page DOM holds only its
 * <iframe>, never the reader's words.
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
  /** The note editor's frame near the text: `src` carries its one-time session token; `id` is the note it edits or creates. */
  | { kind: 'editor'; box: ViewportBox; src: string; id: string; isNew: boolean; draftKey: string };

/** Everything the annotation UI renders. */
export interface AnnotatorViewState {
  popover: AnnotatorPopover;
  /** The editor frame's height as it asked for (its content's). */
  editorHeight: number;
  copyStatus: 'idle' | 'copied' | 'failed';
  /** A notice at the bottom of the window: a deletion that can be undone, or an error. */
  notice: { message: string; undo: Annotation | null } | null;
  theme: PageTheme;
}

/** What the annotation UI can ask the annotator to do. */
export interface AnnotatorActions {
  highlight(color: HighlightColor): void;
  /** Opens the editor for a note on the selection. */
  compose(): void;
  golden(): void;
  copy(): void;
  close(): void;
  undo(): void;
  dismissNotice(): void;
}

/** The editor frame's height before it told us its own. */
export const EDITOR_FRAME_HEIGHT = 330;

/** The state before anything was selected. */
export function initialAnnotatorView(): AnnotatorViewState {
  return { popover: { kind: 'none' }, editorHeight: EDITOR_FRAME_HEIGHT, copyStatus: 'idle', notice: null, theme: 'light' };
}
