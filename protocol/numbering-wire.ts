/**
 * 序号检查 of a web page on the wire: the content script sends the blocks the
 * outline was read from and the speeches' block ranges; the background runs
 * the engine's check (core/check, kept out of the content script's bundle)
 * and answers with the findings and the titles of the rules they break.
 */
import type { BlockKind, TextBlock } from '../core/types.ts';
import type { CheckRange } from '../core/check/check-numbering.ts';
import type { BilingualText, NumberingFinding, NumberingRuleId, NumberingScheme } from '../core/check/types.ts';
import { fail, ok, type Result } from './result.ts';

/** A page of more blocks or characters than this is not checked (a whole book pasted into one page). */
export const MAX_CHECK_BLOCKS = 100_000;
export const MAX_CHECK_CHARS = 20_000_000;

/** What the content script asks. */
export interface NumberingCheckRequest {
  blocks: TextBlock[];
  ranges: CheckRange[];
  scheme: NumberingScheme;
}

/** What the background answers: the findings in document order, and the title of each rule one of them breaks. */
export interface NumberingCheckReply {
  list: NumberingFinding[];
  titles: Partial<Record<NumberingRuleId, BilingualText>>;
}

const KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'list-item']);

const isIndex = (n: unknown, size: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < size;

/** Checks a request from a page: every block well formed, every range inside the blocks, a known scheme. */
export function checkNumberingRequest(data: unknown): Result<NumberingCheckRequest> {
  const d = data as Partial<NumberingCheckRequest> | null;
  if (!d || typeof d !== 'object') return fail('not an object');
  if (d.scheme !== 'page' && d.scheme !== 'gbt') return fail("scheme is neither 'page' nor 'gbt'");
  if (!Array.isArray(d.blocks) || d.blocks.length > MAX_CHECK_BLOCKS) return fail(`blocks is not an array of at most ${MAX_CHECK_BLOCKS}`);
  let chars = 0;
  const blocks: TextBlock[] = [];
  for (const b of d.blocks as unknown[]) {
    const block = b as Partial<TextBlock> | null;
    if (!block || typeof block.text !== 'string' || !KINDS.has(block.kind as BlockKind) || !Number.isInteger(block.start)) return fail('a block is not { text, kind, start }');
    if (block.headingLevel !== undefined && !(Number.isInteger(block.headingLevel) && block.headingLevel >= 1 && block.headingLevel <= 6)) return fail('a heading level is not 1..6');
    chars += block.text.length;
    if (chars > MAX_CHECK_CHARS) return fail(`the blocks hold more than ${MAX_CHECK_CHARS} characters`);
    blocks.push(block.headingLevel === undefined ? { text: block.text, kind: block.kind as BlockKind, start: block.start as number } : { text: block.text, kind: block.kind as BlockKind, start: block.start as number, headingLevel: block.headingLevel });
  }
  if (!Array.isArray(d.ranges) || d.ranges.length > blocks.length + 1) return fail('ranges is not an array');
  const ranges: CheckRange[] = [];
  for (const r of d.ranges as unknown[]) {
    const range = r as Partial<CheckRange> | null;
    if (!range || !isIndex(range.first, blocks.length) || !isIndex(range.last, blocks.length) || (range.last as number) < (range.first as number)) return fail('a range is outside the blocks');
    if (range.heading !== -1 && !isIndex(range.heading, blocks.length)) return fail("a range's heading is outside the blocks");
    ranges.push({ first: range.first as number, last: range.last as number, heading: range.heading as number });
  }
  return ok({ blocks, ranges, scheme: d.scheme });
}
