import { useEffect, useRef } from 'preact/hooks';
import type { AnnotatorActions, AnnotatorViewState, ViewportBox } from '../annotator-view.ts';
import type { Store } from '../../store.ts';
import { useStore } from '../../use-store.ts';
import { AnnotateNotice } from './AnnotateNotice.tsx';
import { SelectionToolbar } from './SelectionToolbar.tsx';
import { t } from '../../../../i18n/t.ts';

export type AnnotatorAppProps = {
  view: Store<AnnotatorViewState>;
  actions: AnnotatorActions;
  /** The `lang` of the strings. */
  lang: string;
};

const TOOLBAR_HEIGHT = 40;
const TOOLBAR_WIDTH = 300;
const EDITOR_WIDTH = 320;
const GAP = 8;

/** Where a popover of `width`×`height` goes: above the box when there is room, else below; always inside the window. */
export function placePopover(box: ViewportBox, width: number, height: number, viewport: { width: number; height: number }, preferAbove: boolean): { left: number; top: number } {
  const left = Math.max(GAP, Math.min(box.left, viewport.width - width - GAP));
  const above = box.top - GAP - height;
  const below = box.bottom + GAP;
  const fitsAbove = above >= GAP;
  const fitsBelow = below + height <= viewport.height - GAP;
  let top = preferAbove ? (fitsAbove ? above : below) : fitsBelow ? below : fitsAbove ? above : below;
  top = Math.max(GAP, Math.min(top, viewport.height - height - GAP));
  return { left, top };
}

function viewport() {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** Focuses `frame`'s document: an <iframe> focused already is blurred first (focusing it again would do nothing). */
function refocus(frame: HTMLIFrameElement): void {
  if ((frame.getRootNode() as ShadowRoot | Document).activeElement === frame) frame.blur();
  frame.focus();
}

/** The annotation UI inside the annotator's shadow root: the selection toolbar or the editor's frame, and the undo notice. */
export function AnnotatorApp({ view, actions, lang }: AnnotatorAppProps) {
  const state = useStore(view);
  const { popover, notice } = state;
  const editorFrame = useRef<HTMLIFrameElement>(null);
  const editorSrc = popover.kind === 'editor' ? popover.src : null;
  // Chromium ignores autofocus inside a cross-origin frame: this (top) frame moves focus
  // into the editor's frame for each session (the frame then focuses its textarea), so a
  // keyboard user lands where they type. Focus given before the frame's page loaded stays
  // with the <iframe> element but not its new document: on load it is given again.
  useEffect(() => {
    if (editorSrc) editorFrame.current?.focus();
  }, [editorSrc]);
  let body = null;
  if (popover.kind === 'toolbar') {
    const at = placePopover(popover.box, TOOLBAR_WIDTH, TOOLBAR_HEIGHT, viewport(), true);
    body = (
      // mousedown would take the page's selection away before the click lands.
      <div class="pop" style={{ left: `${at.left}px`, top: `${at.top}px` }} onMouseDown={(e) => e.preventDefault()}>
        <SelectionToolbar
          copyStatus={state.copyStatus}
          autoFocus={popover.viaKeyboard}
          onHighlight={actions.highlight}
          onNote={actions.compose}
          onGolden={actions.golden}
          onCopy={actions.copy}
          onClose={actions.close}
        />
      </div>
    );
  } else if (popover.kind === 'editor') {
    const height = Math.min(state.editorHeight, window.innerHeight - 2 * GAP);
    const at = placePopover(popover.box, EDITOR_WIDTH, height, viewport(), false);
    body = (
      // The editor is an extension page: what the reader types there never reaches this document.
      <iframe
        class="pop editor-frame"
        data-annotate-editor-frame={popover.isNew ? 'new' : 'edit'}
        title={popover.isNew ? t('annotate_newNoteLabel') : t('annotate_editorLabel')}
        src={popover.src}
        ref={editorFrame}
        onLoad={(e) => refocus(e.currentTarget)}
        allow=""
        style={{ left: `${at.left}px`, top: `${at.top}px`, width: `${EDITOR_WIDTH}px`, height: `${height}px` }}
      />
    );
  }
  return (
    <div class={`annotate theme-${state.theme}`} lang={lang}>
      {body}
      {notice && <AnnotateNotice message={notice.message} onUndo={notice.undo ? actions.undo : null} onDismiss={actions.dismissNotice} />}
    </div>
  );
}
