import type { ReadingOutline } from '../reading-outline.ts';
import type { CopyKind, CopyStatus, SectionNoticeKind } from '../view-state.ts';
import type { OutlineKeywords } from '../outline-keywords.ts';
import { KeywordChips } from './KeywordChips.tsx';
import { PanelPoint } from './PanelPoint.tsx';
import { SectionMenu } from './SectionMenu.tsx';
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
  /** What this speech's last 保存本篇 / 导出本篇 came to, while it is shown. */
  notice: SectionNoticeKind | null;
  onCopySection: (index: number, kind: CopyKind) => void;
  onGoToSection: (index: number) => void;
  onExportSection: (index: number) => void;
  onSaveSection: (index: number) => void;
  onToggleSection: (index: number) => void;
  onToggle: (id: number) => void;
  onSelect: (id: number) => void;
};

/**
 * One speech (篇) of the page in the panel: a twisty that folds it, its title
 * that jumps to its start in the page, its point count, a "⋯" menu of what can
 * be done with this speech alone, then its points — or, for a speech without
 * any, the plain words that it has none.
 */
export function PanelSection(props: PanelSectionProps) {
  const { outline, index, showTitle, sectionCollapsed, onToggleSection } = props;
  const section = outline.sections[index]!;
  const open = !showTitle || !sectionCollapsed;
  const empty = section.count === 0;
  return (
    <section class={empty ? 'section empty' : 'section'} data-section={index}>
      {showTitle && (
        <h3 class="section-head">
          <span class="section-line">
            {empty ? (
              <span class="twisty-space" aria-hidden="true" />
            ) : (
              <button
                type="button"
                class="twisty section-twisty"
                aria-expanded={open}
                aria-label={open ? t('reading_collapseSection', section.title) : t('reading_expandSection', section.title)}
                data-section-toggle={index}
                onClick={() => onToggleSection(index)}
              >
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
              </button>
            )}
            <button
              type="button"
              class="section-go"
              aria-label={t('reading_goToSection', section.title)}
              data-section-go={index}
              onClick={(e) => {
                if (e.isTrusted) props.onGoToSection(index);
              }}
            >
              <span class="section-title" data-section-title>{section.title}</span>
              <span class="section-count">{empty ? t('reading_sectionNoPoints') : t('reading_sectionCount', section.count)}</span>
            </button>
            <SectionMenu
              index={index}
              title={section.title}
              empty={empty}
              copyStatus={props.copyStatus}
              notice={props.notice}
              onGoTo={props.onGoToSection}
              onCopy={props.onCopySection}
              onExport={props.onExportSection}
              onSave={props.onSaveSection}
            />
          </span>
          <KeywordChips words={props.keywords?.sections.get(index)} />
        </h3>
      )}
      {open && !empty && (
        <ul class="points" role="group">
          {section.roots.map((id) => (
            <PanelPoint key={id} outline={outline} id={id} current={props.current} levelOneOnly={props.levelOneOnly} collapsed={props.collapsed} keywords={props.keywords} onToggle={props.onToggle} onSelect={props.onSelect} />
          ))}
        </ul>
      )}
    </section>
  );
}
