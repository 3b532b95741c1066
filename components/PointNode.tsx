import type { OutlinePoint } from '../core/index.ts';
import { PointTree } from './PointTree.tsx';
import { t } from '../i18n/t.ts';

/** How much of a point's text stands in for a missing title. */
const SNIPPET_CHARS = 36;

export type PointNodeProps = {
  point: OutlinePoint;
  /** Open every nested list instead of only the first levels. */
  expandAll: boolean;
  /** Makes each point a button that calls this (the popup: jump to the point in the tab). */
  onSelect?: (point: OutlinePoint) => void;
  /** Leave the sub-points out (只看一级). */
  topOnly?: boolean;
};

function PointLabel({ point, onSelect }: { point: OutlinePoint; onSelect?: (point: OutlinePoint) => void }) {
  const snippet = point.text.length > SNIPPET_CHARS ? `${point.text.slice(0, SNIPPET_CHARS)}…` : point.text;
  const body = (
    <>
      <span class="point-marker">{point.marker}</span>
      {point.title ? <span class="point-title">{point.title}</span> : <span class="point-title point-title--untitled">{snippet || t('untitledPoint')}</span>}
    </>
  );
  if (!onSelect) {
    return (
      <span class="point-label" title={point.text}>
        {body}
      </span>
    );
  }
  // A span with the button role, not a <button>: a button is laid out as a block and would push the
  // summary's fold caret onto a line of its own; a span wraps with the text like the plain label.
  return (
    <span
      role="button"
      tabIndex={0}
      class="point-label point-label--button"
      title={point.text}
      aria-label={t('goToPoint', point.marker + (point.title || snippet))}
      onClick={(e) => {
        // Inside a <summary> the click would also fold the list.
        e.preventDefault();
        onSelect(point);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        onSelect(point);
      }}
    >
      {body}
    </span>
  );
}

/** One point of the outline: marker and title, with its sub-points collapsible beneath. */
export function PointNode({ point, expandAll, onSelect, topOnly }: PointNodeProps) {
  const className = point.inline ? 'point point--inline' : 'point';
  if (point.children.length === 0 || topOnly) {
    return (
      <li class={className} data-point-depth={point.depth}>
        <PointLabel point={point} onSelect={onSelect} />
      </li>
    );
  }
  return (
    <li class={className} data-point-depth={point.depth}>
      <details open={expandAll || point.depth < 2}>
        <summary>
          <PointLabel point={point} onSelect={onSelect} />
          <span class="point-count">{point.children.length}</span>
        </summary>
        <PointTree points={point.children} expandAll={expandAll} onSelect={onSelect} />
      </details>
    </li>
  );
}
