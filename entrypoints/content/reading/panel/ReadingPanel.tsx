import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { showsSectionTitles } from '../../../../core/format-text.ts';
import type { ReadingOutline } from '../reading-outline.ts';
import type { Store } from '../../store.ts';
import type { ReadingActions, ReadingViewState } from '../view-state.ts';
import { DockedAside } from './DockedAside.tsx';
import { PanelCheck } from './PanelCheck.tsx';
import { NotesOnlyPanel, useNotesOnly } from './NotesOnlyPanel.tsx';
import { PanelLegend } from './PanelLegend.tsx';
import { PanelNotes } from './PanelNotes.tsx';
import { PanelSection } from './PanelSection.tsx';
import { PanelStrip } from './PanelStrip.tsx';
import { PanelToolbar } from './PanelToolbar.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { useStore } from '../../use-store.ts';
import { useDock, type DockOptions } from './use-dock.ts';
import { useNotesCount } from './use-notes-count.ts';
import { t } from '../../../../i18n/t.ts';

export type ReadingPanelProps = {
  store: Store<ReadingViewState>;
  actions: ReadingActions;
  /** The `lang` of the panel's strings. */
  lang: string;
  /** The page's room and the remembered width, for docking beside the text. */
  dock: DockOptions;
};

/** The panel's views: the outline, the numbering check, this page's notes. */
type PanelView = 'outline' | 'check' | 'notes';

/** Points open at first: the top two levels, so a long speech starts readable. */
function initiallyCollapsed(outline: ReadingOutline): Set<number> {
  return new Set(outline.points.filter((p) => p.depth >= 2 && p.children.length > 0).map((p) => p.id));
}

/** The point row that stands for `id` in the tree as shown: itself, or its nearest shown ancestor. */
export function visibleRow(outline: ReadingOutline, id: number, collapsed: ReadonlySet<number>, collapsedSections: ReadonlySet<number>, levelOneOnly: boolean): number {
  let point = outline.points[id];
  if (!point || collapsedSections.has(point.section)) return -1;
  let shown = point.id;
  for (let p = point.parent; p >= 0; p = outline.points[p]!.parent) {
    if (collapsed.has(p) || levelOneOnly) shown = p;
  }
  return shown;
}

/** The in-page reading panel: a small tab at the right edge, opening into the outline with its switches. */
export function ReadingPanel({ store, actions, lang, dock: dockOptions }: ReadingPanelProps) {
  const state = useStore(store);
  const { outline } = state;
  const [collapsed, setCollapsed] = useState<Set<number>>(() => (outline ? initiallyCollapsed(outline) : new Set()));
  const [collapsedSections, setCollapsedSections] = useState<Set<number>>(new Set());
  const [signature, setSignature] = useState(outline?.signature ?? '');
  const listRef = useRef<HTMLDivElement>(null);
  // 提纲, 序号检查 or 笔记: the panel's views of the page (notes in a tab of their own, so they never squeeze the outline).
  const [view, setView] = useState<PanelView>('outline');
  // A page without an outline docks the notes-only panel the same way, while it is shown.
  const notesOnly = useNotesOnly();
  const dock = useDock(dockOptions, state.panelOpen && (outline !== null || notesOnly.shown));
  const notesCount = useNotesCount();

  // A new outline (the page changed) starts from the default folding.
  if (outline && outline.signature !== signature) {
    setSignature(outline.signature);
    setCollapsed(initiallyCollapsed(outline));
    setCollapsedSections(new Set());
  }

  const showTitles = useMemo(() => (outline ? showsSectionTitles(outline.document) : false), [outline]);
  const current = outline && state.current >= 0 ? visibleRow(outline, state.current, collapsed, showTitles ? collapsedSections : new Set(), state.levelOneOnly) : -1;

  // Keep the current row in sight inside the panel's own scroller (never scroll the page for it).
  useEffect(() => {
    const list = listRef.current;
    if (!list || current < 0 || !state.panelOpen) return;
    const row = list.querySelector<HTMLElement>(`[data-point-id="${current}"] > .row`);
    if (!row) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop + 8 || top + row.offsetHeight > list.scrollTop + list.clientHeight - 8) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  }, [current, state.panelOpen]);

  // Not a speech (or not yet read): only this page's notes, when it has some (NotesOnlyPanel.tsx).
  if (!outline) return <NotesOnlyPanel store={store} actions={actions} lang={lang} dock={dock} />;
  const total = outline.points.length;
  const themeClass = `reading theme-${state.theme}`;

  if (!state.panelOpen) {
    return (
      <div class={themeClass} lang={lang}>
        <button type="button" class="tab" data-panel-tab aria-label={t('reading_openPanel', total)} aria-expanded={false} onClick={() => actions.setPanelOpen(true)}>
          <span class="tab-label">{t('reading_tabLabel')}</span>
          <span class="tab-count">{total}</span>
        </button>
      </div>
    );
  }

  const { mode } = dock.layout;
  if (mode === 'strip') {
    return (
      <div class={themeClass} lang={lang}>
        <PanelStrip total={total} onOpen={() => dock.setOverlay(true)} />
      </div>
    );
  }
  // Over the page, a jump goes back to the strip so the reader sees where it landed.
  const leaveOverlay = <A extends unknown[]>(go: (...args: A) => void) => (...args: A) => {
    if (mode === 'overlay') dock.setOverlay(false);
    go(...args);
  };
  const views: PanelView[] = notesCount === null ? ['outline', 'check'] : ['outline', 'check', 'notes'];
  const shown = views.includes(view) ? view : 'outline';
  const viewLabel = (v: PanelView) => (v === 'outline' ? t('reading_viewOutline') : v === 'check' ? t('checkTitle') : t('reading_viewNotes'));

  const expandable = outline.points.filter((p) => p.children.length > 0);
  const allExpanded = expandable.every((p) => !collapsed.has(p.id));
  const toggle = (id: number) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleSection = (index: number) =>
    setCollapsedSections((prev) => {
      const next = new Set(prev);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  const expandAll = (expand: boolean) => {
    setCollapsed(expand ? new Set() : new Set(expandable.map((p) => p.id)));
    if (expand) setCollapsedSections(new Set());
  };

  const heading = (
    <>
      <h2 class="doc-title" title={outline.title}>{outline.title || t('reading_panelLabel')}</h2>
      <p class="counts" data-counts>{t('reading_counts', outline.sections.length, total)}</p>
    </>
  );
  return (
    <div class={themeClass} lang={lang}>
      <DockedAside dock={dock} onClosePanel={() => actions.setPanelOpen(false)} label={t('reading_panelLabel')} heading={heading}>
        <PanelToolbar
          highlights={state.highlights}
          levelOneOnly={state.levelOneOnly}
          allExpanded={allExpanded}
          copyStatus={state.copySection === null ? state.copyStatus : 'idle'}
          copyKind={state.copyKind}
          onHighlights={actions.setHighlights}
          onLevelOneOnly={actions.setLevelOneOnly}
          onExpandAll={expandAll}
          onCopy={actions.copyOutline}
          onCopyMarkdown={actions.copyMarkdown}
          onExport={actions.openExport}
        />
        <PanelLegend theme={state.theme} />
        <div class="views" role="tablist">
          {views.map((v) => (
            <button key={v} type="button" role="tab" class="view-tab" aria-selected={shown === v} aria-label={viewLabel(v)} data-view={v} onClick={() => setView(v)}>
              {viewLabel(v)}
              {v === 'notes' && <span class="view-count" data-notes-tab-count>{notesCount}</span>}
            </button>
          ))}
        </div>
        {shown === 'check' && (
          <div class="tree">
            <PanelCheck outline={outline} findings={state.findings} onCheck={actions.checkNumbering} onSelect={leaveOverlay(actions.goToFinding)} />
          </div>
        )}
        <div class="tree" ref={listRef} role="navigation" aria-label={t('reading_panelLabel')} hidden={shown !== 'outline'}>
          {outline.sections.map((_, i) => (
            <PanelSection
              key={i}
              outline={outline}
              index={i}
              showTitle={showTitles}
              sectionCollapsed={collapsedSections.has(i)}
              current={current}
              levelOneOnly={state.levelOneOnly}
              collapsed={collapsed}
              keywords={state.keywords}
              copyStatus={state.copySection === i ? state.copyStatus : 'idle'}
              notice={state.sectionNotice?.section === i ? state.sectionNotice.kind : null}
              onCopySection={actions.copySection}
              onGoToSection={leaveOverlay(actions.goToSection)}
              onExportSection={actions.exportSection}
              onSaveSection={actions.saveSection}
              onToggleSection={toggleSection}
              onToggle={toggle}
              onSelect={leaveOverlay(actions.goToPoint)}
            />
          ))}
        </div>
        {shown === 'notes' && (
          <div class="tree notes-view" data-panel-notes>
            {notesCount ? <PanelNotes outline={outline} /> : <p class="notes-empty">{t('reading_notesEmpty')}</p>}
          </div>
        )}
        <ShortcutHelp />
      </DockedAside>
    </div>
  );
}
