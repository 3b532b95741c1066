import { walkPoints, type OutlinePoint, type OutlineSection } from '../core/index.ts';
import { PointTree } from './PointTree.tsx';
import { t } from '../i18n/t.ts';

export type SectionViewProps = {
  section: OutlineSection;
  expandAll: boolean;
  onSelect?: (point: OutlinePoint) => void;
  /** Only the top-level points (只看一级). */
  topOnly?: boolean;
};

/** One speech of the page: its heading and its point tree, collapsible. */
export function SectionView({ section, expandAll, onSelect, topOnly }: SectionViewProps) {
  let count = 0;
  walkPoints(section.points, () => {
    count++;
  });
  return (
    <details class="section" open>
      <summary>
        <span class="section-title" data-section-title>
          {section.title}
        </span>
        <span class="section-count">{t('sectionCount', count)}</span>
      </summary>
      <PointTree points={section.points} expandAll={expandAll} onSelect={onSelect} topOnly={topOnly} />
    </details>
  );
}
