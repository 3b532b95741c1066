import { describe, expect, it } from 'vitest';
import { blockAt, outlineContextAt } from '../../core/anchoring/index.ts';
import { blocksFromPlainText, extractOutline } from '../../core/index.ts';

const TEXT = [
  '在全市工作会议上的讲话',
  '同志们：',
  '今天召开这次会议，主要任务是部署工作。',
  '一、提高认识',
  '（一）政治上要有敏感性。一是统一思想，深刻领会。二是把握方向，明确任务。',
  '这一段还属于（一）。',
  '（二）工作上要有主动性。',
  '二、狠抓落实',
  '落实是关键。',
].join('\n');

const blocks = blocksFromPlainText(TEXT);
const outline = extractOutline(blocks, { title: '在全市工作会议上的讲话', url: null });

function contextOf(phrase: string) {
  const at = blockAt(blocks, TEXT.indexOf(phrase));
  if (!at) throw new Error(`not found: ${phrase}`);
  return outlineContextAt(outline, at.block, at.offset);
}

describe('outlineContextAt', () => {
  it.each([
    ['今天召开', [], ''],
    ['提高认识', ['一、'], '提高认识'],
    ['政治上要有', ['一、', '（一）'], '政治上要有敏感性'],
    ['深刻领会', ['一、', '（一）', '一是'], '统一思想，深刻领会'],
    ['明确任务', ['一、', '（一）', '二是'], '把握方向，明确任务'],
    ['这一段还属于', ['一、', '（一）'], '政治上要有敏感性'],
    ['工作上要有', ['一、', '（二）'], '工作上要有主动性'],
    ['落实是关键', ['二、'], '狠抓落实'],
  ])('places “%s” under %j', (phrase, path, pointTitle) => {
    expect(contextOf(phrase)).toMatchObject({ sectionIndex: 0, path, pointTitle });
  });

  it('answers null for a block outside every section', () => {
    expect(outlineContextAt(outline, 999, 0)).toBeNull();
  });
});

describe('blockAt', () => {
  it('maps page-text offsets to blocks and back', () => {
    const offset = TEXT.indexOf('落实是关键');
    const at = blockAt(blocks, offset)!;
    expect(blocks[at.block]!.text.slice(at.offset, at.offset + 5)).toBe('落实是关键');
    expect(blockAt(blocks, TEXT.length + 5)).toBeNull();
  });
});
