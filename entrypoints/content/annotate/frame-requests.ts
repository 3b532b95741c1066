/**
 * What a note frame may ask of the page it is in (told by the background,
 * protocol/note-frame-wire.ts), routed to the annotator's handlers. A request
 * meant for one kind of frame is ignored when another kind sends it.
 */
import type { EditorValues, FrameRequest } from '../../../protocol/note-frame-wire.ts';

/** The annotator's answers to the frames' requests. */
export interface FrameRequestHandlers {
  closeEditor(): void;
  keepDraft(values: EditorValues): void;
  resizeNotes(height: number): void;
  resizeEditor(height: number): void;
  reveal(id: string): void;
  edit(id: string): void;
  reattach(id: string): void;
  /** Ctrl+Z in the notes frame. */
  undo(): void;
}

/** Hands `asked` to its handler in `on`. */
export function routeFrameRequest(asked: FrameRequest, on: FrameRequestHandlers): void {
  switch (asked.action) {
    case 'close':
      if (asked.frame === 'editor') on.closeEditor();
      return;
    case 'draft':
      if (asked.frame === 'editor') on.keepDraft(asked.values);
      return;
    case 'resize':
      if (asked.frame === 'notes') on.resizeNotes(asked.height);
      else on.resizeEditor(asked.height);
      return;
    case 'reveal':
      on.reveal(asked.id);
      return;
    case 'edit':
      on.edit(asked.id);
      return;
    case 'reattach':
      on.reattach(asked.id);
      return;
    case 'undo':
      if (asked.frame === 'notes') on.undo();
      return;
  }
}
