import type { ReadingOutline } from '../reading-outline.ts';
import type { OutlineKeywords } from '../outline-keywords.ts';
import { KeywordChips } from './KeywordChips.tsx';
import { t } from '../../../../i18n/t.ts';

/** How much of a point's text stands in for a missing title. */
const SNIPPET_CHARS = 30;

export type PanelPointProps = {
  outline: ReadingOutline;
  id: number;
  /** The point (or visible ancestor of the point) under the reader's eyes. */
  current: number;
  levelOneOnly: boolean;
  collapsed: ReadonlySet<number>;
  /** Keyword chips (top-level points only), when jieba gave them. */
  keywords?: OutlineKeywords | null;
  onToggle: (id: number) => void;
  onSelect: (id: number) => void;
};

/** The words that name a point: its title, or the start of its text when the marker stands alone. */
export function pointLabel(marker: string, title: string, text: string): string {
  if (title !== '') return title;
  const words = (text.startsWith(marker) ? text.slice(marker.length) : text).trim();
  return words === '' ? t('reading_untitled') : words.length > SNIPPET_CHARS ? `${words.slice(0, SNIPPET_CHARS)}…` : words;
}

/** One point of the panel's tree: a button that jumps to it, a toggle for its sub-points, and those sub-points. */
export function PanelPoint({ outline, id, current, levelOneOnly, collapsed, keywords, onToggle, onSelect }: PanelPointProps) {
  const point = outline.points[id]!;
  const label = pointLabel(point.marker, point.title, point.text);
  const showChildren = !levelOneOnly && point.children.length > 0;
  const open = showChildren && !collapsed.has(id);
  const isCurrent = id === current;
  return (
    <li class={`point depth-${Math.min(point.depth, 4)}${point.inline ? ' inline' : ''}`} data-point-id={id} data-depth={point.depth}>
      <div class={`row${isCurrent ? ' current' : ''}`}>
        {showChildren ? (
          <button
            type="button"
            class="twisty"
            aria-expanded={open}
            aria-label={open ? t('reading_collapsePoint', point.marker + label) : t('reading_expandPoint', point.marker + label)}
            onClick={() => onToggle(id)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span class="twisty-space" aria-hidden="true" />
        )}
        <button
          type="button"
          class="go"
          aria-label={t('reading_goToPoint', point.marker + label)}
          aria-current={isCurrent ? 'location' : undefined}
          title={point.text}
          onClick={() => onSelect(id)}
        >
          <span class="marker">{point.marker}</span>
          <span class={point.title === '' ? 'title untitled' : 'title'}>{label}</span>
        </button>
        {point.parent < 0 && <KeywordChips words={keywords?.points.get(id)} />}
      </div>
      {open && (
        <ul class="points" role="group">
          {point.children.map((child) => (
            <PanelPoint key={child} outline={outline} id={child} current={current} levelOneOnly={levelOneOnly} collapsed={collapsed} keywords={keywords} onToggle={onToggle} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
