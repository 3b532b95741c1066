import type { OutlinePoint } from '../core/index.ts';
import { PointTree } from './PointTree.tsx';
import { t } from '../i18n/t.ts';

/** How much of a point's text stands in for a missing title. */
const SNIPPET_CHARS = 36;

export type PointNodeProps = {
  point: OutlinePoint;
  /** Open every nested list instead of only the first levels. */
  expandAll: boolean;
};

function PointLabel({ point }: { point: OutlinePoint }) {
  const snippet = point.text.length > SNIPPET_CHARS ? `${point.text.slice(0, SNIPPET_CHARS)}…` : point.text;
  return (
    <span class="point-label" title={point.text}>
      <span class="point-marker">{point.marker}</span>
      {point.title ? <span class="point-title">{point.title}</span> : <span class="point-title point-title--untitled">{snippet || t('untitledPoint')}</span>}
    </span>
  );
}

/** One point of the outline: marker and title, with its sub-points collapsible beneath. */
export function PointNode({ point, expandAll }: PointNodeProps) {
  const className = point.inline ? 'point point--inline' : 'point';
  if (point.children.length === 0) {
    return (
      <li class={className} data-point-depth={point.depth}>
        <PointLabel point={point} />
      </li>
    );
  }
  return (
    <li class={className} data-point-depth={point.depth}>
      <details open={expandAll || point.depth < 2}>
        <summary>
          <PointLabel point={point} />
          <span class="point-count">{point.children.length}</span>
        </summary>
        <PointTree points={point.children} expandAll={expandAll} />
      </details>
    </li>
  );
}
