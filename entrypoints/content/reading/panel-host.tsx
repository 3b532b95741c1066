/**
 * The one element the extension adds to a page: a closed shadow host at the
 * end of <body> (closed-host.ts), so no page CSS leaks in or out. The
 * panel (Preact) renders inside it when the page is idle or when the reader
 * first opens it; the host also carries data-* counts for tests and tools.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentWordsReady } from '../content-words.ts';
import { PANEL_CSS } from './panel/panel-styles.ts';
import { ReadingPanel } from './panel/ReadingPanel.tsx';
import type { Store } from '../store.ts';
import type { ReadingActions, ReadingViewState } from './view-state.ts';
import { uiLanguage } from '../../../i18n/t.ts';
import { createClosedHost } from '../closed-host.ts';
import { loadPanelWidth, savePanelWidth } from '../../../storage/reading-settings.ts';
import { createPageRoom } from './page-room.ts';
import { DEFAULT_PANEL_WIDTH } from './panel/dock-layout.ts';
import type { DockOptions } from './panel/use-dock.ts';

/** Prefix of the host's tag name; a random suffix per load keeps a page from pre-defining it. */
export const HOST_TAG = 'speech-outline-panel';

/** The mounted host. */
export interface PanelHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Sets data-* attributes on the host (values are strings; null removes). */
  setData(data: Record<string, string | null>): void;
  /** Renders the panel now if it is not rendered yet. */
  renderPanel(): void;
  /** Puts the host back if the page removed it (an app re-rendering <body>). */
  ensureMounted(): void;
  /** Removes the host and everything in it. */
  remove(): void;
}

/** Creates and mounts the host; the panel itself is rendered on idle. */
export async function mountPanelHost(ctx: ContentScriptContext, store: Store<ReadingViewState>, actions: ReadingActions): Promise<PanelHost> {
  let container: HTMLElement | null = null;
  let rendered = false;
  // The reader's chosen language and panel width must be known before the first words are rendered.
  const [, storedWidth] = await Promise.all([contentWordsReady(), loadPanelWidth()]);
  // The room the page makes for the docked panel; given back when the panel goes or the script stops.
  const room = createPageRoom(document);
  ctx.onInvalidated(() => room.release());
  const dock: DockOptions = { room, initialWidth: storedWidth ?? DEFAULT_PANEL_WIDTH, saveWidth: (width) => void savePanelWidth(width) };
  const ui = createClosedHost(ctx, {
    tagPrefix: HOST_TAG,
    role: 'panel',
    css: PANEL_CSS,
    onMount(uiContainer) {
      container = uiContainer;
      rendered = false;
    },
    onRemove() {
      if (container) render(null, container);
      rendered = false;
    },
  });
  ui.mount();
  const renderPanel = () => {
    if (rendered || !container) return;
    rendered = true;
    render(<ReadingPanel store={store} actions={actions} lang={uiLanguage()} dock={dock} />, container);
  };
  if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(renderPanel, { timeout: 1_500 });
  else ctx.setTimeout(renderPanel, 200);

  return {
    element: ui.element,
    shadow: ui.shadow,
    setData(data) {
      for (const [key, value] of Object.entries(data)) {
        if (value === null) ui.element.removeAttribute(`data-${key}`);
        else if (ui.element.getAttribute(`data-${key}`) !== value) ui.element.setAttribute(`data-${key}`, value);
      }
    },
    renderPanel,
    ensureMounted() {
      if (ui.element.isConnected) return;
      ui.mount();
      renderPanel();
    },
    remove() {
      ui.remove();
      room.release();
    },
  };
}
