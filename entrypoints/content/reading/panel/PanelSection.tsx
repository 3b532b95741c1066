import type { ReadingOutline } from '../reading-outline.ts';
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
  onToggleSection: (index: number) => void;
  onToggle: (id: number) => void;
  onSelect: (id: number) => void;
};

/** One speech (篇) of the page in the panel: a collapsible heading with its point count, then its points. */
export function PanelSection(props: PanelSectionProps) {
  const { outline, index, showTitle, sectionCollapsed, onToggleSection } = props;
  const section = outline.sections[index]!;
  const open = !showTitle || !sectionCollapsed;
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
