import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { countPoints, type OutlineDocument } from '../core/index.ts';
import { SectionView } from './SectionView.tsx';
import { t } from '../i18n/t.ts';

export type OutlineViewProps = {
  outline: OutlineDocument;
  /** Extra controls in the header (the popup's 保存提纲). */
  actions?: ComponentChildren;
};

/** A page's whole outline: title, confidence, counts and every section's tree. */
export function OutlineView({ outline, actions }: OutlineViewProps) {
  // Re-mounting the tree (a new key) is what resets every <details> the user toggled.
  const [view, setView] = useState({ expandAll: false, generation: 0 });
  const toggle = () => setView((v) => ({ expandAll: !v.expandAll, generation: v.generation + 1 }));
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
          <button type="button" class="outline-toggle" onClick={toggle}>
            {view.expandAll ? t('collapseAll') : t('expandAll')}
          </button>
        </p>
      </header>
      <div class="outline-sections" key={view.generation}>
        {outline.sections.map((section, i) => (
          <SectionView key={i} section={section} expandAll={view.expandAll} />
        ))}
      </div>
    </main>
  );
}
