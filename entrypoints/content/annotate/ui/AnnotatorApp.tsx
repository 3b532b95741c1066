import type { Annotation } from '../../../../core/annotation-types.ts';
import type { AnnotatorActions, AnnotatorViewState, ViewportBox } from '../annotator-view.ts';
import type { PageNotesState } from '../page-annotations.ts';
import type { Store } from '../../store.ts';
import { useStore } from '../../use-store.ts';
import { AnnotateNotice } from './AnnotateNotice.tsx';
import { AnnotationEditor } from './AnnotationEditor.tsx';
import { SelectionToolbar } from './SelectionToolbar.tsx';
import { t } from '../../../../i18n/t.ts';

export type AnnotatorAppProps = {
  view: Store<AnnotatorViewState>;
  notes: Store<PageNotesState>;
  actions: AnnotatorActions;
  /** The `lang` of the strings. */
  lang: string;
  /** The quote of the current selection (for the new-note editor). */
  selectedText: () => string;
};

const TOOLBAR_HEIGHT = 40;
const TOOLBAR_WIDTH = 300;
const EDITOR_WIDTH = 320;
const EDITOR_HEIGHT = 300;
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

/** The annotation UI inside the annotator's shadow root: the selection toolbar or an editor, and the undo notice. */
export function AnnotatorApp({ view, notes, actions, lang, selectedText }: AnnotatorAppProps) {
  const state = useStore(view);
  const { notes: all } = useStore(notes);
  const { popover, notice } = state;
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
  } else if (popover.kind === 'compose' || popover.kind === 'edit') {
    const at = placePopover(popover.box, EDITOR_WIDTH, EDITOR_HEIGHT, viewport(), false);
    const existing: Annotation | undefined = popover.kind === 'edit' ? all.find((n) => n.id === popover.id) : undefined;
    if (popover.kind === 'compose' || existing) {
      const initial = existing
        ? { note: existing.note, tags: existing.tags, color: existing.color, golden: existing.kind === 'golden' }
        : { note: '', tags: [], color: popover.kind === 'compose' ? popover.color : ('yellow' as const), golden: popover.kind === 'compose' && popover.golden };
      body = (
        <div class="pop" role="dialog" aria-label={existing ? t('annotate_editorLabel') : t('annotate_newNoteLabel')} style={{ left: `${at.left}px`, top: `${at.top}px`, width: `${EDITOR_WIDTH}px` }}>
          <AnnotationEditor
            key={existing?.id ?? 'new'}
            quote={existing ? existing.quote : selectedText()}
            initial={initial}
            isNew={!existing}
            onSave={(values) => (existing ? actions.saveEdit(existing.id, values) : actions.saveNew(values))}
            onDelete={() => existing && actions.remove(existing.id)}
            onCancel={actions.close}
          />
        </div>
      );
    }
  }
  return (
    <div class={`annotate theme-${state.theme}`} lang={lang}>
      {body}
      {notice && <AnnotateNotice message={notice.message} onUndo={notice.undo ? actions.undo : null} onDismiss={actions.dismissNotice} />}
    </div>
  );
}
