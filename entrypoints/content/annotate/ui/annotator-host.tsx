/**
 * The annotator's own element on the page: a shadow host at the end of <body>
 * (closed-host.ts: page CSS cannot reach in). Its shadow root is closed and
 * its tag random per load (page-guard.ts), events the page makes
 * up stop at the root, and the only words of the reader's it could hold — the
 * editor — are in an extension frame inside. Mounted only when there is
 * something to show — a selection's toolbar, or a page with annotations — so
 * an unannotated page gets nothing. It carries data-* counts (numbers only,
 * never the reader's text) for tests.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentWordsReady } from '../../content-words.ts';
import type { AnnotatorActions, AnnotatorViewState } from '../annotator-view.ts';
import type { Store } from '../../store.ts';
import { createClosedHost } from '../../closed-host.ts';
import { ANNOTATE_CSS } from './annotate-styles.ts';
import { AnnotatorApp } from './AnnotatorApp.tsx';
import { uiLanguage } from '../../../../i18n/t.ts';

/** Prefix of the host's tag name; a random suffix per load keeps a page from pre-defining it. */
export const ANNOTATOR_HOST_TAG = 'speech-outline-notes';

/** The mounted host. */
export interface AnnotatorHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  setData(data: Record<string, string>): void;
  /** Puts the host back if the page removed it. */
  ensureMounted(): void;
  remove(): void;
}

/** What the annotation UI renders from. */
export interface AnnotatorHostProps {
  view: Store<AnnotatorViewState>;
  actions: AnnotatorActions;
}

/** Creates the host and renders the annotation UI in it. */
export async function mountAnnotatorHost(ctx: ContentScriptContext, props: AnnotatorHostProps): Promise<AnnotatorHost> {
  // The reader's chosen language must be loaded before the first words are rendered.
  await contentWordsReady();
  const ui = createClosedHost(ctx, {
    tagPrefix: ANNOTATOR_HOST_TAG,
    role: 'notes',
    css: ANNOTATE_CSS,
    // Typing a note must not reach the page's own keyboard shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      render(<AnnotatorApp view={props.view} actions={props.actions} lang={uiLanguage()} />, container);
    },
    onRemove(container) {
      render(null, container);
    },
  });
  ui.mount();
  return {
    element: ui.element,
    shadow: ui.shadow,
    setData(data) {
      for (const [key, value] of Object.entries(data)) if (ui.element.getAttribute(`data-${key}`) !== value) ui.element.setAttribute(`data-${key}`, value);
    },
    ensureMounted() {
      if (!ui.element.isConnected) ui.mount();
    },
    remove() {
      ui.remove();
    },
  };
}
