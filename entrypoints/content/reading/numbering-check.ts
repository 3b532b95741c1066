/**
 * The panel's 序号检查 of a web page: the engine's checkNumbering on the blocks
 * the outline was read from, kept with the outline's signature so a changed
 * page is checked again, and each finding's marker as a DOM Range to jump to.
 */
import { checkNumbering } from '../../../core/check/check-numbering.ts';
import type { NumberingFinding, NumberingScheme } from '../../../core/check/types.ts';
import { rangeInBlock } from '../../../dom/block-ranges.ts';
import type { ReadPage } from './read-outline.ts';
import type { Store } from '../store.ts';
import type { PageFindings, ReadingViewState } from './view-state.ts';

/** The findings of the page as read, under `scheme`. */
export function findingsOf(read: ReadPage, scheme: NumberingScheme): PageFindings {
  const list = checkNumbering(read.page.blocks, read.extracted, { scheme });
  const sections = read.extracted.sections;
  const places = list.map((f) => {
    const section = Math.max(0, sections.findIndex((s) => f.block >= s.firstBlock && f.block <= s.lastBlock));
    return { section, paragraph: f.block - (sections[section]?.firstBlock ?? 0) + 1 };
  });
  return { signature: read.outline.signature, scheme, list, places };
}

/** The marker a finding is about, in the page (null when the page changed under it). */
export function findingRange(read: ReadPage, finding: NumberingFinding): Range | null {
  return rangeInBlock(read.page, finding.block, finding.markerStart, finding.markerEnd);
}

/** The check's two commands, bound to a session: run it, and scroll to one finding and flash its marker. */
export interface CheckCommands {
  check(scheme: NumberingScheme): void;
  goToFinding(index: number): void;
}

/** Binds the check to the session's current read and its way of revealing a range. */
export function createCheckCommands(store: Store<ReadingViewState>, read: () => ReadPage | null, reveal: (range: Range) => void): CheckCommands {
  return {
    check(scheme) {
      const page = read();
      if (page) store.set({ findings: findingsOf(page, scheme) });
    },
    goToFinding(index) {
      const page = read();
      const finding = store.get().findings?.list[index];
      if (!page || !finding) return;
      const range = findingRange(page, finding);
      if (range) reveal(range);
    },
  };
}
