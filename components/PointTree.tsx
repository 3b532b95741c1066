import type { OutlinePoint } from '../core/index.ts';
import { PointNode } from './PointNode.tsx';

export type PointTreeProps = {
  points: OutlinePoint[];
  expandAll: boolean;
  onSelect?: (point: OutlinePoint) => void;
  /** Only these points, without their sub-points (只看一级). */
  topOnly?: boolean;
};

/** A list of sibling points, each with its own sub-tree. */
export function PointTree({ points, expandAll, onSelect, topOnly }: PointTreeProps) {
  return (
    <ul class="point-tree">
      {points.map((point, i) => (
        <PointNode key={i} point={point} expandAll={expandAll} onSelect={onSelect} topOnly={topOnly} />
      ))}
    </ul>
  );
}
