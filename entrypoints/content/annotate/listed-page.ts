/**
 * Around the list of the page's annotations: reading the page (in short
 * slices) once there is something to place, and listing again when a
 * single-page site moves to another address, whose notes are then shown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation } from '../../../core/annotation-types.ts';
import { readPageInSteps, type PageText } from '../../../dom/index.ts';
import type { Result } from '../../../protocol/result.ts';
import type { PageModel } from '../page-model.ts';
import { createSliceRunner } from '../time-slice.ts';
import { LOG_PREFIX } from '../log.ts';
import { onLocationChange } from '../location-watch.ts';
import { pageKey } from '../../../protocol/annotation-wire.ts';
import type { PageAnnotations } from './page-annotations.ts';

/**
 * The page's text for placing `listed`, read in short slices (and remembered
 * by `model`); null when listing failed, there is nothing to place, `haveRead`
 * says a read is there already, or the script stopped meanwhile.
 */
export async function readForListed(ctx: ContentScriptContext, model: PageModel, listed: Result<Annotation[]>, haveRead: boolean): Promise<PageText | null> {
  if (!ctx.isValid) return null;
  if (!listed.ok) {
    console.warn(LOG_PREFIX, 'could not list this page’s annotations:', listed.error);
    return null;
  }
  if (listed.value.length === 0 || haveRead) return null;
  const runner = createSliceRunner(() => !ctx.isValid);
  const version = model.version();
  const read = await runner.run(readPageInSteps(document));
  runner.finish();
  if (!read || !ctx.isValid) return null;
  model.remember(read, version);
  return read;
}

/** What `followListedPage` tells the annotator. */
export interface ListedPageHooks {
  /** Whether the annotator has read the page already (a first listing then reads nothing). */
  haveRead(): boolean;
  /** The page was read to place a listing; `fresh` after a move to another address. */
  read(read: PageText, fresh: boolean): void;
  /** The site moved to another address: what was open on the old one closes. */
  moved(): void;
}

/**
 * Lists this page's annotations and has them placed; after every move of a
 * single-page site (pushState, the back button) lists the new address's
 * instead, the old one's no longer painted. Returns the latest listing's end.
 */
export function followListedPage(ctx: ContentScriptContext, model: PageModel, list: PageAnnotations, hooks: ListedPageHooks): () => Promise<void> {
  const place = async (listed: Result<Annotation[]>, fresh: boolean) => {
    // A page without annotations is not even read; one with them is read in short slices.
    const read = await readForListed(ctx, model, listed, hooks.haveRead() && !fresh);
    if (read) hooks.read(read, fresh);
  };
  let loaded = list.load().then((listed) => place(listed, false));
  onLocationChange(ctx, () => {
    const next = list.setUrl(pageKey(location.href));
    if (!next) return;
    hooks.moved();
    loaded = next.then((listed) => place(listed, true));
  });
  return () => loaded;
}
