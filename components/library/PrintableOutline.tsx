import type { OutlineDocument, OutlinePoint } from '../../core/index.ts';
import { walkPoints } from '../../core/index.ts';

export type PrintableOutlineProps = {
  outline: OutlineDocument;
};

/** Each point with its depth, in reading order, for a flat list the print stylesheet indents. */
function flattenPoints(points: OutlinePoint[]): Array<{ point: OutlinePoint; depth: number }> {
  const rows: Array<{ point: OutlinePoint; depth: number }> = [];
  walkPoints(points, (point) => void rows.push({ point, depth: point.depth }));
  return rows;
}

/**
 * The outline as it prints: title, each speech's heading, every point indented
 * by level (marker + title), nothing else. A flat list so the print stylesheet
 * can keep a heading on the same page as its first sub-point (break-after: avoid).
 */
export function PrintableOutline({ outline }: PrintableOutlineProps) {
  return (
    <article class="print-outline" data-print-outline>
      <h1 class="print-outline-title">{outline.title}</h1>
      {outline.sections.map((section, i) => (
        <section key={i} class="print-outline-section">
          {outline.sections.length > 1 && <h2 class="print-outline-heading">{section.title}</h2>}
          {flattenPoints(section.points).map(({ point, depth }, j) => (
            <p key={j} class={`print-point print-point--${Math.min(depth, 6)}${point.children.length ? ' print-point--parent' : ''}`} data-depth={depth}>
              <span class="print-point-marker">{point.marker}</span>
              {point.title || point.text.slice(0, 60)}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
