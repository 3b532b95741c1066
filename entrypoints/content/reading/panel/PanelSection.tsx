import { useState } from 'preact/hooks';
import type { ReadingOutline } from '../reading-outline.ts';
import type { CopyKind, CopyStatus } from '../view-state.ts';
import type { OutlineKeywords } from '../outline-keywords.ts';
import { KeywordChips } from './KeywordChips.tsx';
import { PanelPoint } from './PanelPoint.tsx';
import { t } from '../../../../i18n/t.ts';

export type PanelSectionProps = {
  outline: ReadingOutline;
  index: number;
  /** Whether to show the section's heading (a page with one speech titled like the page has none). */
  showTitle: boolean;
  sectionCollapsed: boolean;
  current: number;
  levelOneOnly: boolean;
  collapsed: ReadonlySet<number>;
  keywords?: OutlineKeywords | null;
  /** How this speech's last 复制本篇 went. */
  copyStatus: CopyStatus;
  onCopySection: (index: number, kind: CopyKind) => void;
  onToggleSection: (index: number) => void;
  onToggle: (id: number) => void;
  onSelect: (id: number) => void;
};

/** One speech (篇) of the page in the panel: a collapsible heading with its point count, then its points. */
export function PanelSection(props: PanelSectionProps) {
  const { outline, index, showTitle, sectionCollapsed, onToggleSection } = props;
  const section = outline.sections[index]!;
  const open = !showTitle || !sectionCollapsed;
  const [menu, setMenu] = useState(false);
  // A page script can click buttons in an open shadow root; only the reader's own click copies.
  const copy = (e: MouseEvent, kind: CopyKind) => {
    if (!e.isTrusted) return;
    setMenu(false);
    props.onCopySection(index, kind);
  };
  return (
    <section class="section" data-section={index}>
      {showTitle && (
        <h3 class="section-head">
          <button
            type="button"
            class="section-toggle"
            aria-expanded={open}
            aria-label={open ? t('reading_collapseSection', section.title) : t('reading_expandSection', section.title)}
            onClick={() => onToggleSection(index)}
          >
            <span class="twisty-glyph" aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span class="section-title" data-section-title>{section.title}</span>
            <span class="section-count">{t('reading_sectionCount', section.count)}</span>
          </button>
          <KeywordChips words={props.keywords?.sections.get(index)} />
          <span class="section-copy">
            <button type="button" class="text-button" aria-expanded={menu} aria-label={t('reading_copySectionLabel', section.title)} data-copy-section={index} data-copy-status={props.copyStatus} onClick={() => setMenu(!menu)}>
              {props.copyStatus === 'idle' ? t('reading_copySection') : props.copyStatus === 'copied' ? t('reading_copied') : t('reading_copyFailed')}
            </button>
            {menu && (
              <span class="section-copy-menu" role="menu">
                <button type="button" role="menuitem" class="text-button" aria-label={t('reading_copySectionMarkdown')} data-copy-kind="markdown" onClick={(e) => copy(e, 'markdown')}>{t('reading_copySectionMarkdown')}</button>
                <button type="button" role="menuitem" class="text-button" aria-label={t('reading_copySectionText')} data-copy-kind="text" onClick={(e) => copy(e, 'text')}>{t('reading_copySectionText')}</button>
              </span>
            )}
          </span>
        </h3>
      )}
      {open && (
        <ul class="points" role="group">
          {section.roots.map((id) => (
            <PanelPoint key={id} outline={outline} id={id} current={props.current} levelOneOnly={props.levelOneOnly} collapsed={props.collapsed} keywords={props.keywords} onToggle={props.onToggle} onSelect={props.onSelect} />
          ))}
        </ul>
      )}
    </section>
  );
}
