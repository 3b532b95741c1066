/**
 * 序号检查: the numbering slips of a draft or a page, each placed on its marker.
 * Works on the same TextBlock[] the outline is extracted from, section by
 * section (numbering restarts with each speech of a page).
 */
import { isPianHeading } from '../split-sections.ts';
import type { ExtractedOutline, TextBlock } from '../types.ts';
import { describeFinding } from './finding-messages.ts';
import { checkForms } from './form-checks.ts';
import { NUMBERING_RULES } from './rules.ts';
import { scanMarkers } from './scan-markers.ts';
import { checkSequences, type RawFinding } from './sequence-checks.ts';
import type { CheckNumberingOptions, NumberingFinding } from './types.ts';

/** The rules' order, built on first check (not at load: see getNumberingRule). */
let ruleOrder: Map<string, number> | null = null;

/** One speech's blocks to check on its own: first and last block, and its heading block (-1 for none). */
export interface CheckRange {
  first: number;
  last: number;
  heading: number;
}

/** The block ranges to check: the outline's sections, or all blocks as one. */
export function sectionRanges(blocks: readonly TextBlock[], outline: ExtractedOutline | null): CheckRange[] {
  if (!outline || outline.sections.length === 0) return [{ first: 0, last: blocks.length - 1, heading: -1 }];
  return outline.sections.map((s) => ({ first: s.firstBlock, last: s.lastBlock, heading: s.headingBlock }));
}

/**
 * Checks the numbering of `blocks`. Pass the outline extracted from the same
 * blocks to check each speech on its own; without it the blocks are one text.
 * Findings come in document order; a clean draft gives none.
 */
export function checkNumbering(blocks: readonly TextBlock[], outline: ExtractedOutline | null, options: CheckNumberingOptions): NumberingFinding[] {
  return checkNumberingInRanges(blocks, sectionRanges(blocks, outline), options);
}

/** Checks the numbering of `blocks`, each of `ranges` (a speech) on its own: for a caller that has the outline's section ranges but not the outline (the background, asked by a page). */
export function checkNumberingInRanges(blocks: readonly TextBlock[], ranges: readonly CheckRange[], options: CheckNumberingOptions): NumberingFinding[] {
  const raw: RawFinding[] = [];
  for (const range of ranges) {
    const skip = new Set<number>();
    if (range.heading >= 0) skip.add(range.heading);
    for (let b = range.first; b <= range.last; b++) if (isPianHeading((blocks[b] as TextBlock).text)) skip.add(b);
    const result = checkSequences(scanMarkers(blocks, range.first, range.last, skip));
    raw.push(...result.findings);
    // "The draft's usual form" is the speech's own: a page of 18 speeches has 18 writers.
    raw.push(...checkForms(result.accepted, result.edges, options.scheme));
  }
  const RULE_ORDER = (ruleOrder ??= new Map(NUMBERING_RULES.map((r, i) => [r.id, i])));
  raw.sort((a, b) => a.marker.block - b.marker.block || a.marker.start - b.marker.start || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0));
  return raw.map((f) => ({
    rule: f.rule,
    block: f.marker.block,
    paragraph: f.marker.block + 1,
    markerStart: f.marker.start,
    markerEnd: f.marker.end,
    marker: f.marker.text,
    expected: f.expected,
    message: describeFinding(f),
  }));
}
