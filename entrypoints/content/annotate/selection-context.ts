/**
 * The outline context (section, point path 二/（三）/2, point title) of a
 * position in the page text, for a new annotation. The outline is extracted
 * from the same blocks the selection was mapped through, once per read of the
 * page, and only when the reader saves something.
 */
import type { OutlineContext } from '../../../core/annotation-types.ts';
import { blockAt, outlineContextAt } from '../../../core/anchoring/index.ts';
import { extractOutline, type ExtractedOutline } from '../../../core/index.ts';
import { cleanPageTitle } from '../../../core/page-title.ts';
import type { PageText } from '../../../dom/index.ts';

/** A function giving the context of page-text offset `offset` of `page`; null outside any speech. */
export function createContextFinder(url: string): (page: PageText, offset: number) => OutlineContext | null {
  const outlines = new WeakMap<PageText, ExtractedOutline | null>();
  return (page, offset) => {
    if (!outlines.has(page)) {
      const extracted = extractOutline(page.blocks, { title: cleanPageTitle(page.title), url });
      outlines.set(page, extracted.detection.isSpeechPage ? extracted : null);
    }
    const outline = outlines.get(page);
    const at = blockAt(page.blocks, offset);
    return outline && at ? outlineContextAt(outline, at.block, at.offset) : null;
  };
}
