/**
 * The outline context (section, point path 二/（三）/2, point title) of a
 * position in the page text, for a new annotation. The outline comes from the
 * page model: the one the reading view extracted for this read of the page,
 * or (on a page the reading view did not read) extracted once, when the reader
 * first saves something.
 */
import type { OutlineContext } from '../../../core/annotation-types.ts';
import { blockAt, outlineContextAt } from '../../../core/anchoring/index.ts';
import type { PageText } from '../../../dom/index.ts';
import type { PageModel } from '../page-model.ts';

/** A function giving the context of page-text offset `offset` of `page`; null outside any speech. */
export function createContextFinder(model: PageModel, url: string): (page: PageText, offset: number) => OutlineContext | null {
  return (page, offset) => {
    const outline = model.speechOutline(page, url);
    const at = blockAt(page.blocks, offset);
    return outline && at ? outlineContextAt(outline, at.block, at.offset) : null;
  };
}
