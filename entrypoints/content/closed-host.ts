/**
 * An element of ours at the end of <body> with a closed shadow root: page CSS
 * cannot reach in, a page script gets no shadowRoot to read from, and its tag
 * is random per load (page-guard.ts). Inside: <html><head><style>…<body>, the
 * body being where the UI renders, with the host reset to `all: initial`.
 * The same shape WXT's createShadowRootUi builds, in the few lines this
 * extension needs of it (that helper and its dependencies were 4 KB of the
 * content script's gzipped size).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { blockUntrustedEvents, HOST_ATTRIBUTE, randomHostTag } from './page-guard.ts';

/** How to make a host. */
export interface ClosedHostOptions {
  /** Prefix of the tag name; a random suffix is added. */
  tagPrefix: string;
  /** Value of the data-speech-outline attribute ("panel", "notes"), by which tests and our code find it. */
  role: string;
  /** The UI's styles, scoped to the shadow root. */
  css: string;
  /** Events that stop at the shadow root's body, so they never reach the page's own listeners. */
  isolateEvents?: readonly string[];
  /** Called each time the host is put on the page, with the element the UI renders into. */
  onMount(container: HTMLElement): void;
  /** Called before the host is taken off the page. */
  onRemove(container: HTMLElement): void;
}

/** A host made by createClosedHost. */
export interface ClosedHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Appends the host to <body> (again, after a page removed it) and calls onMount. */
  mount(): void;
  /** Calls onRemove, takes the host off the page and empties it. */
  remove(): void;
}

/** Creates a host (not yet on the page); it is removed when `ctx` stops. */
export function createClosedHost(ctx: ContentScriptContext, options: ClosedHostOptions): ClosedHost {
  const element = document.createElement(randomHostTag(options.tagPrefix));
  element.setAttribute(HOST_ATTRIBUTE, options.role);
  const shadow = element.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  const container = document.createElement('body');
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  for (const type of options.isolateEvents ?? []) container.addEventListener(type, (event) => event.stopPropagation());
  // The page's made-up clicks and keys must not drive anything inside.
  blockUntrustedEvents(shadow);
  let mounted = false;
  const remove = () => {
    if (mounted) options.onRemove(container);
    mounted = false;
    element.remove();
    container.replaceChildren();
  };
  ctx.onInvalidated(remove);
  return {
    element,
    shadow,
    mount() {
      (document.body ?? document.documentElement).append(element);
      mounted = true;
      options.onMount(container);
    },
    remove,
  };
}
