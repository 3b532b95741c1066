import { walkPoints, type OutlineSection } from '../core/index.ts';
import { PointTree } from './PointTree.tsx';
import { t } from '../i18n/t.ts';

export type SectionViewProps = {
  section: OutlineSection;
  expandAll: boolean;
};

/** One speech of the page: its heading and its point tree, collapsible. */
export function SectionView({ section, expandAll }: SectionViewProps) {
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
      <PointTree points={section.points} expandAll={expandAll} />
    </details>
  );
}
