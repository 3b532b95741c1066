import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareMarker, blockAt, locationLabel, outlineContextAt } from '../../core/anchoring/index.ts';
import type { OutlineContext } from '../../core/annotation-types.ts';
import { blocksFromPlainText, extractOutline } from '../../core/index.ts';

/** The real 18-speech 范文 page (twenty sections: two speeches come in parts). */
const SEED = readFileSync('/work/shared/seed/000_0bed1d06dcd2eb48.txt', 'utf8');
const blocks = blocksFromPlainText(SEED);
const outline = extractOutline(blocks, { title: '党委秘书长会议讲话', url: null });

/** The context a note on `phrase` (which must occur once) would be saved with. */
function contextOf(phrase: string): OutlineContext {
  const offset = SEED.indexOf(phrase);
  expect(offset, phrase).toBeGreaterThanOrEqual(0);
  expect(SEED.indexOf(phrase, offset + 1), `${phrase} occurs twice`).toBe(-1);
  const at = blockAt(blocks, offset)!;
  return outlineContextAt(outline, at.block, at.offset)!;
}

describe('a note’s location on the 18-speech seed page', () => {
  it('is read as twenty sections', () => {
    expect(outline.sections).toHaveLength(20);
  });

  it.each([
    ['调研工作要超前深入', '篇2 › 二 › (二)'],
    ['机要传递要安全畅通', '篇2 › 二 › (六)'],
    ['严格执行报送紧急信息的有关规定', '篇12 › 二 › 一是'],
    ['对省委整体决策体系解读及时系统', '篇7 › 二是'],
    // A speech printed in parts has no 篇N of its own: its title names it.
    ['切实加强对发展党员工作的领导', '在党员会议上的讲话(二) › 二'],
  ])('names the speech of “%s”: %s', (phrase, label) => {
    const context = contextOf(phrase);
    expect(context.sectionCount).toBe(20);
    expect(locationLabel(context)).toBe(label);
  });

  it('tells apart the same place in two speeches', () => {
    // Both are 二、 › (一) of their speech; without the 篇 they would read the same.
    const a = contextOf('督查工作要扎实有力');
    const b = contextOf('关于紧急信息的报送问题');
    expect(locationLabel(a)).toBe('篇2 › 二 › (一)');
    expect(locationLabel(b)).toBe('篇12 › 二');
  });
});

describe('locationLabel without 篇 on the page', () => {
  const single: OutlineContext = { sectionIndex: 0, sectionTitle: '在全市工作会议上的讲话', path: ['一、', '（一）', '1.'], pointTitle: '提高认识', sectionCount: 1 };

  it('leaves the speech out on a page of one speech', () => {
    expect(locationLabel(single)).toBe('一 › （一） › 1');
  });

  it('names a later speech of a note saved before the page’s section count was kept', () => {
    const { sectionCount: _n, ...old } = single;
    expect(locationLabel({ ...old, sectionIndex: 2, sectionTitle: '在全市安全生产工作会议上的讲话稿（节选部分）' })).toBe('在全市安全生产工作会议上的讲话稿… › 一 › （一） › 1');
    expect(locationLabel(old)).toBe('一 › （一） › 1');
  });

  it.each([['二、', '二'], ['1.', '1'], ['第一，', '第一'], ['首先,', '首先'], ['（三）', '（三）'], ['一是', '一是'], ['——', '——']])('writes marker %s as %s', (marker, bare) => {
    expect(bareMarker(marker)).toBe(bare);
  });
});
