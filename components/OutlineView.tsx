import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { countPoints, walkPoints, type OutlineDocument, type OutlinePoint } from '../core/index.ts';
import { SectionView } from './SectionView.tsx';
import { t } from '../i18n/t.ts';

export type OutlineViewProps = {
  outline: OutlineDocument;
  /** Extra controls in the header (the popup's 保存提纲). */
  actions?: ComponentChildren;
  /** Makes points clickable: called with the point and its index in document order (the page's own numbering of points). */
  onSelectPoint?: (index: number, point: OutlinePoint) => void;
};

/** Every point's index in document order: sections in turn, each point before its sub-points. */
function pointIndexes(outline: OutlineDocument): Map<OutlinePoint, number> {
  const indexes = new Map<OutlinePoint, number>();
  for (const section of outline.sections) walkPoints(section.points, (p) => void indexes.set(p, indexes.size));
  return indexes;
}

/** A page's whole outline: title, confidence, counts and every section's tree. */
export function OutlineView({ outline, actions, onSelectPoint }: OutlineViewProps) {
  // Re-mounting the tree (a new key) is what resets every <details> the user toggled.
  const [view, setView] = useState({ expandAll: false, generation: 0 });
  const toggle = () => setView((v) => ({ expandAll: !v.expandAll, generation: v.generation + 1 }));
  const [topOnly, setTopOnly] = useState(false);
  const indexes = useMemo(() => pointIndexes(outline), [outline]);
  const select = onSelectPoint && ((point: OutlinePoint) => onSelectPoint(indexes.get(point) ?? -1, point));
  const confidence = Math.round(outline.detection.confidence * 100);
  return (
    <main class="outline">
      <header class="outline-header">
        <div class="outline-title-row">
          <h1 class="outline-title">{outline.title}</h1>
          {actions}
        </div>
        <p class="outline-meta">
          <span class="outline-counts">{t('counts', outline.sections.length, countPoints(outline))}</span>
          <span class="outline-confidence" data-confidence={outline.detection.confidence}>
            {t('confidence', confidence)}
          </span>
          <button type="button" class="outline-toggle" onClick={toggle} disabled={topOnly}>
            {view.expandAll ? t('collapseAll') : t('expandAll')}
          </button>
          <button type="button" class="outline-toggle" aria-pressed={topOnly} data-level-one onClick={() => setTopOnly(!topOnly)}>
            {t('levelOneOnly')}
          </button>
        </p>
      </header>
      <div class="outline-sections" key={view.generation}>
        {outline.sections.map((section, i) => (
          <SectionView key={i} section={section} expandAll={view.expandAll} onSelect={select} topOnly={topOnly} />
        ))}
      </div>
    </main>
  );
}
