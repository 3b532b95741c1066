/**
 * The panel's 序号检查 of a web page: the engine's checkNumbering on the blocks
 * the outline was read from, kept with the outline's signature so a changed
 * page is checked again, and each finding's marker as a DOM Range to jump to.
 */
import type { NumberingFinding, NumberingScheme } from '../../../core/check/types.ts';
import { sendMessage } from '../../../protocol/send.ts';
import { LOG_PREFIX } from '../log.ts';
import { rangeInBlock } from '../../../dom/block-ranges.ts';
import type { ReadPage } from './read-outline.ts';
import type { Store } from '../store.ts';
import type { PageFindings, ReadingViewState } from './view-state.ts';

/**
 * The findings of the page as read, under `scheme`, or null when the
 * background could not check it. The check runs in the background (the rules
 * and their wording would be a tenth of this script): the page's blocks and
 * its speeches' ranges go there, the findings come back.
 */
export async function findingsOf(read: ReadPage, scheme: NumberingScheme): Promise<PageFindings | null> {
  const sections = read.extracted.sections;
  const ranges = sections.length === 0 ? [{ first: 0, last: read.page.blocks.length - 1, heading: -1 }] : sections.map((s) => ({ first: s.firstBlock, last: s.lastBlock, heading: s.headingBlock }));
  const reply = await sendMessage('check/numbering', { blocks: read.page.blocks.map((b) => ({ ...b })), ranges: read.page.blocks.length === 0 ? [] : ranges, scheme });
  if (!reply.ok) {
    console.warn(LOG_PREFIX, 'could not check the numbering:', reply.error);
    return null;
  }
  const { list, titles } = reply.value;
  const places = list.map((f) => {
    const section = Math.max(0, sections.findIndex((s) => f.block >= s.firstBlock && f.block <= s.lastBlock));
    return { section, paragraph: f.block - (sections[section]?.firstBlock ?? 0) + 1 };
  });
  return { signature: read.outline.signature, scheme, list, places, titles };
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
      if (!page) return;
      void findingsOf(page, scheme).then((findings) => {
        // A later read (the page changed meanwhile) is checked by its own request.
        if (findings && read() === page) store.set({ findings });
      });
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
