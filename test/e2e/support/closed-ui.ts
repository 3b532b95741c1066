/**
 * Reaching the extension's UI in a page the way no page script can: its hosts
 * have closed shadow roots (and random tags), so the tests go through the
 * Chrome DevTools Protocol, whose DOM view pierces closed roots
 * (`DOM.getDocument({ pierce: true })`), and click with the real mouse (the
 * extension ignores made-up events). The note frames are extension pages in
 * their own frames: `noteFrame` finds them among the page's frames. No hook
 * in the extension is needed.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

/** Which host: the reading panel's, or the annotator's (toolbar, editor frame, notice). */
export type HostKind = 'panel' | 'notes';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).then(async (s) => {
      await s.send('DOM.enable');
      return s;
    });
    sessions.set(page, session);
  }
  return session;
}

function findHost(node: CdpNode, kind: HostKind): CdpNode | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-speech-outline' && attrs[i + 1] === kind) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child, kind);
    if (found) return found;
  }
  return null;
}

/**
 * Runs `fn` (a function's source) in the page with `this` bound to the closed
 * shadow root of host `kind` (the host itself when it has none yet) and returns
 * its value; `missing` when there is no host.
 */
async function onRoot<T>(page: Page, kind: HostKind, fn: string, args: unknown[], missing: T): Promise<T> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findHost(root, kind);
  if (!host) return missing;
  const target = host.shadowRoots?.[0] ?? host;
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: target.nodeId })) as { object: { objectId: string } };
  try {
    const reply = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, arguments: args.map((value) => ({ value })), returnByValue: true, awaitPromise: true })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
    return reply.result.value;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  }
}

/** Resolves after `ms`. */
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Which of the matches of a selector: the first, the `index`-th (negative from the end), or the ones containing `hasText`. */
export interface Pick {
  hasText?: string;
  index?: number;
}

/** The extension's UI under one host, as a test drives it. */
export interface HostUi {
  count(selector: string): Promise<number>;
  /** An attribute of the (picked) match: null when absent or no match. */
  attr(selector: string, name: string, pick?: Pick): Promise<string | null>;
  /** The textContent of the (picked) match: null when no match. */
  text(selector: string, pick?: Pick): Promise<string | null>;
  /** `fn` (source of `(elements, arg) => value`) over every match; runs in the page. */
  evaluateAll<T>(selector: string, fn: string, arg?: unknown): Promise<T>;
  /** Waits until `selector` matches (or, with `gone`, matches nothing). */
  waitFor(selector: string, options?: { timeout?: number; gone?: boolean }): Promise<void>;
  /** Scrolls the (picked) match into view and clicks its middle with the real mouse. */
  click(selector: string, pick?: Pick): Promise<void>;
  /** The (picked) match's box in the viewport, or null. */
  box(selector: string, pick?: Pick): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** True when the host element is the page's activeElement (focus is inside its shadow root). */
  hasFocus(): Promise<boolean>;
}

/** Source of a function picking one element of `this.querySelectorAll(selector)`. */
const PICK = `function pick(root, selector, p) {
  let all = [...root.querySelectorAll(selector)];
  if (p && p.hasText) all = all.filter((e) => (e.textContent || '').includes(p.hasText));
  const i = p && typeof p.index === 'number' ? (p.index < 0 ? all.length + p.index : p.index) : 0;
  return all[i] || null;
}`;

/** The UI under host `kind` of `page`. Selectors are CSS inside the host's shadow root. */
export function hostUi(page: Page, kind: HostKind): HostUi {
  const onPicked = <T>(selector: string, pick: Pick | undefined, body: string, missing: T, extra: unknown = null) =>
    onRoot<T>(page, kind, `function (selector, p, extra) { ${PICK}; const el = pick(this, selector, p); if (!el) return ${JSON.stringify(missing)}; ${body} }`, [selector, pick ?? null, extra], missing);
  const ui: HostUi = {
    count: (selector) => onRoot(page, kind, 'function (s) { return this.querySelectorAll(s).length; }', [selector], 0),
    attr: (selector, name, pick) => onPicked<string | null>(selector, pick, 'return el.getAttribute(extra);', null, name),
    text: (selector, pick) => onPicked<string | null>(selector, pick, 'return el.textContent;', null),
    evaluateAll: <T>(selector: string, fn: string, arg?: unknown) => onRoot<T>(page, kind, `function (s, arg) { return (${fn})([...this.querySelectorAll(s)], arg); }`, [selector, arg ?? null], [] as T),
    async waitFor(selector, options = {}) {
      const deadline = Date.now() + (options.timeout ?? 15_000);
      for (;;) {
        const n = await ui.count(selector).catch(() => 0);
        if (options.gone ? n === 0 : n > 0) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${kind} ${selector}${options.gone ? ' to go' : ''}`);
        await sleep(100);
      }
    },
    box: (selector, pick) => onPicked(selector, pick, 'const r = el.getBoundingClientRect(); return { x: r.left, y: r.top, width: r.width, height: r.height };', null),
    async click(selector, pick) {
      await ui.waitFor(selector);
      const at = await onPicked<{ x: number; y: number } | null>(selector, pick, `el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`, null);
      if (!at) throw new Error(`no ${kind} ${selector} to click`);
      await page.mouse.click(at.x, at.y);
    },
    hasFocus: async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-speech-outline') ?? null)) === kind,
  };
  return ui;
}

/** The page's note frame of `kind` ('editor' or 'notes'), once it has drawn its content. */
export async function noteFrame(page: Page, kind: 'editor' | 'notes', timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (!/^chrome-extension:\/\/[^/]+\/note-frame\.html/.test(frame.url())) continue;
      const shown = await frame.evaluate(() => document.documentElement.dataset.frame ?? null).catch(() => null);
      if (shown === kind) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no ${kind} note frame`);
    await sleep(100);
  }
}

/** The page's DOM with the extension's hosts taken out (of a copy). */
export function domWithoutHosts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-speech-outline]').forEach((el) => el.remove());
    return copy.outerHTML;
  });
}
