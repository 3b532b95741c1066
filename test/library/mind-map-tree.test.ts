import { describe, expect, it } from 'vitest';
import { buildMindMapTree, labelPoint } from '../../components/library/mind-map-tree.ts';
import type { OutlinePoint, OutlineSection } from '../../core/index.ts';

/** A point as the engine reports it. */
function point(marker: string, title: string, depth: number, children: OutlinePoint[] = []): OutlinePoint {
  return { marker, ordinal: 1, depth, inline: false, title, text: `${title}。`, children } as OutlinePoint;
}

describe('the mind map tree of one speech', () => {
  const section: OutlineSection = {
    title: '篇2:党委秘书长会议讲话',
    points: [point('一、', '全市党委办公室工作回顾', 1, [point('（一）', '文秘工作<严谨>规范', 2), point('一是', '', 2)]), point('二、', '围绕中心&服务大局', 1)],
  } as OutlineSection;

  it('puts the speech title at the root and one node per point, nested by level', () => {
    const tree = buildMindMapTree(section, '页面标题');
    expect(tree.content).toBe('篇2:党委秘书长会议讲话');
    expect(tree.children!.map((c) => c.content)).toEqual(['一、全市党委办公室工作回顾', '二、围绕中心&#38;服务大局']);
    expect(tree.children![0]!.children!.map((c) => c.content)).toEqual(['（一）文秘工作&#60;严谨&#62;规范', '一是']);
  });

  it('falls back to the page title for an untitled speech and shows a bare marker alone', () => {
    expect(buildMindMapTree({ ...section, title: ' ' }, '页面标题').content).toBe('页面标题');
    expect(labelPoint(point('首先', '', 1))).toBe('首先');
  });
});
