/**
 * A saved page (or a Word file converted to HTML) read the way the extension
 * reads a page: parsed in a happy-dom window with scripts, styles, frames,
 * images and navigation off (a file must not reach the network or run its
 * code), turned into blocks by the DOM adapter, outline extracted.
 */
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { extractOutline } from '../core/index.ts';
import type { ExtractedOutline, TextBlock } from '../core/index.ts';
import { cleanPageTitle } from '../core/page-title.ts';
import { readPage } from '../dom/index.ts';
import { closeWindowQuietly } from './close-window.ts';

/** A page's blocks and the outline extracted from them. */
export interface PageExtract {
  blocks: TextBlock[];
  outline: ExtractedOutline;
}

/**
 * Reads `html` into blocks and extracts the outline. `fallbackTitle` is the
 * title when the page has no <title>: '' keeps it empty, null takes the first
 * block (a Word draft's first line is its title). The window is closed before
 * returning so no timer or socket keeps the process alive.
 */
export async function extractFromHtml(html: string, url: string | null, fallbackTitle: string | null): Promise<PageExtract> {
  // Loaded on demand: importing happy-dom costs about half a second, which .txt input need not pay.
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url ?? 'about:blank',
    console: silentConsole(),
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        // Anything that still asks for a resource gets an empty answer, never a socket.
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 204 }),
          beforeSyncRequest: ({ window: w }) => ({
            status: 204, statusText: 'No Content', ok: true, url: 'about:blank', redirected: false, headers: new w.Headers(), body: null,
          }),
        },
      },
    },
  });
  try {
    window.document.write(html);
    // happy-dom's Document implements the DOM the adapter uses; its class is not lib.dom's.
    const page = readPage(window.document as unknown as Document);
    const title = cleanPageTitle(page.title) || (fallbackTitle ?? cleanPageTitle(page.blocks[0]?.text ?? ''));
    return { blocks: page.blocks, outline: extractOutline(page.blocks, { title, url }) };
  } finally {
    await closeWindowQuietly(window);
  }
}


/** happy-dom logs page errors to the console it is given; stdout must carry only the outline. */
function silentConsole(): Console {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  return new Console({ stdout: discard, stderr: discard });
}
