import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, checkNumbering, extractOutline } from '../../core/index.ts';
import { checkNumberingInRanges, sectionRanges } from '../../core/check/check-numbering.ts';
import { checkNumberingRequest } from '../../protocol/numbering-wire.ts';

const SEED = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

/** The seed page's blocks and its speeches' ranges, as the content script sends them (through JSON, as a message goes). */
function seedRequest(scheme: 'page' | 'gbt') {
  const blocks = blocksFromPlainText(SEED);
  const outline = extractOutline(blocks, { title: blocks[0]!.text, url: null });
  const wire = JSON.parse(JSON.stringify({ blocks, ranges: sectionRanges(blocks, outline), scheme })) as unknown;
  return { blocks, outline, wire };
}

describe('序号检查 of a page in the background (check/numbering)', () => {
  it.each(['page', 'gbt'] as const)('finds on the wire exactly what the engine finds on the page (%s)', (scheme) => {
    const { blocks, outline, wire } = seedRequest(scheme);
    const checked = checkNumberingRequest(wire);
    if (!checked.ok) throw new Error(checked.error);
    const here = checkNumbering(blocks, outline, { scheme });
    expect(here.length).toBeGreaterThan(0);
    expect(checkNumberingInRanges(checked.value.blocks, checked.value.ranges, { scheme })).toEqual(here);
  });

  it('refuses what a page could forge: unknown schemes, blocks that are not blocks, ranges outside the blocks', () => {
    const { wire } = seedRequest('page');
    const base = wire as { blocks: unknown[]; ranges: Array<{ first: number; last: number; heading: number }>; scheme: string };
    const bad = [
      { ...base, scheme: 'gb' },
      { ...base, blocks: 'text' },
      { ...base, blocks: [{ text: 1, kind: 'paragraph', start: 0 }] },
      { ...base, blocks: [{ text: '一、', kind: 'script', start: 0 }] },
      { ...base, ranges: [{ first: 0, last: base.blocks.length, heading: -1 }] },
      { ...base, ranges: [{ first: 3, last: 2, heading: -1 }] },
      { ...base, ranges: [{ first: 0, last: 2, heading: 1.5 }] },
      { ...base, blocks: [{ text: 'x'.repeat(20_000_001), kind: 'paragraph', start: 0 }] },
      null,
    ];
    for (const b of bad) expect(checkNumberingRequest(b).ok, JSON.stringify(b)?.slice(0, 80)).toBe(false);
  });
});
