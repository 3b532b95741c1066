/**
 * Around the list of the page's annotations: reading the page (in short
 * slices) once there is something to place, and noticing when a single-page
 * site moves to another address, whose notes are then listed instead.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation } from '../../../core/annotation-types.ts';
import { readPageInSteps, type PageText } from '../../../dom/index.ts';
import type { Result } from '../../../protocol/result.ts';
import type { PageModel } from '../page-model.ts';
import { createSliceRunner } from '../time-slice.ts';
import { LOG_PREFIX } from '../log.ts';

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

/** Calls `follow` whenever the page's address may have changed (pushState, the back button, or a navigation no event reports), until `ctx` stops. */
export function watchLocation(ctx: ContentScriptContext, follow: () => void): void {
  // WXT's event comes from the Navigation API's navigate, before a pushState has changed
  // location.href: look once the page's task (which also swaps the article) is over.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(follow, 0));
  ctx.addEventListener(window, 'popstate', follow);
  // The same safety net as the reading view's watcher.
  ctx.setInterval(follow, 1_000);
}
