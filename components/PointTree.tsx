import type { OutlinePoint } from '../core/index.ts';
import { PointNode } from './PointNode.tsx';

export type PointTreeProps = {
  points: OutlinePoint[];
  expandAll: boolean;
};

/** A list of sibling points, each with its own sub-tree. */
export function PointTree({ points, expandAll }: PointTreeProps) {
  return (
    <ul class="point-tree">
      {points.map((point, i) => (
        <PointNode key={i} point={point} expandAll={expandAll} />
      ))}
    </ul>
  );
}
