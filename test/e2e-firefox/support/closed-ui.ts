/**
 * Reaching the extension's UI in a Firefox page the way no page script can.
 * The hosts have closed shadow roots and random tags, so `host >>> selector`
 * finds nothing. WebDriver BiDi itself can serialize closed roots
 * (`serializationOptions.includeShadowTree: 'all'`, the counterpart of
 * Chromium's CDP pierce in ../../e2e/support/closed-ui.ts): the test asks for
 * the host (found by its `data-speech-outline` attribute), takes the closed
 * root's shared id from the reply and runs its queries with `this` bound to that
 * root. Clicks go through the real mouse at the element's box (the extension
 * ignores made-up events). No hook in the extension, demo build or store build.
 */
import type { Browser, Page } from 'puppeteer-core';
import { sleep } from './firefox.ts';

/** Which host: the reading panel's, or the annotator's (toolbar, editor frame, notice). */
export type HostKind = 'panel' | 'notes';

/** The raw BiDi command channel of puppeteer's Firefox browser. */
interface BidiChannel {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

function channelOf(browser: Browser): BidiChannel {
  return (browser as unknown as { connection: BidiChannel }).connection;
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
}

/**
 * Runs `fn` (a function's source returning something JSON can carry) in the page
 * with `this` bound to the closed shadow root of host `kind` (the host itself
 * when it has none yet); `missing` when there is no host.
 */
async function onRoot<T>(page: Page, kind: HostKind, fn: string, args: unknown[], missing: T): Promise<T> {
  const bidi = channelOf(page.browser());
  const target = { context: contextOf(page) };
  const { result: found } = (await bidi.send('script.evaluate', {
    expression: `document.querySelector('[data-speech-outline="${kind}"]')`,
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  })) as { result: { type: string; result?: RemoteValue & { value?: { shadowRoot?: RemoteValue | null } }; exceptionDetails?: { text: string } } };
  const host = found.result;
  if (!host || host.type !== 'node' || !host.sharedId) return missing;
  const self = host.value?.shadowRoot?.sharedId ?? host.sharedId;
  const { result: reply } = (await bidi.send('script.callFunction', {
    functionDeclaration: `async function (...args) { return JSON.stringify(await (${fn}).apply(this, args)) ?? 'null'; }`,
    this: { sharedId: self },
    arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: RemoteValue; exceptionDetails?: { text: string } } };
  if (reply.type === 'exception') throw new Error(`in the ${kind} host: ${reply.exceptionDetails?.text}`);
  return JSON.parse(String(reply.result?.value)) as T;
}

/** Which of the matches of a selector: the first, the `index`-th (negative from the end), or the ones containing `hasText` (the last with index -1). */
export interface Pick {
  hasText?: string;
  index?: number;
}

/** Source of a function picking one element of `root.querySelectorAll(selector)`; arguments arrive JSON-encoded. */
const PICK = `function pick(root, selector, p) {
  let all = [...root.querySelectorAll(selector)];
  if (p && p.hasText) all = all.filter((e) => (e.textContent || '').includes(p.hasText));
  const i = p && typeof p.index === 'number' ? (p.index < 0 ? all.length + p.index : p.index) : 0;
  return all[i] || null;
}`;

/** The extension's UI under one host, as a test drives it. Selectors are CSS inside the host's shadow root. */
export interface HostUi {
  count(selector: string): Promise<number>;
  /** An attribute of the (picked) match: null when absent or no match. */
  attr(selector: string, name: string, pick?: Pick): Promise<string | null>;
  /** The textContent of the (picked) match: null when no match. */
  text(selector: string, pick?: Pick): Promise<string | null>;
  /** The textContent of every match. */
  texts(selector: string): Promise<string[]>;
  /** Waits until `selector` matches. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Scrolls the (picked) match into view and clicks its middle with the real mouse. */
  click(selector: string, pick?: Pick): Promise<void>;
}

/** The UI under host `kind` of `page`. */
export function hostUi(page: Page, kind: HostKind): HostUi {
  const onPicked = <T>(selector: string, pick: Pick | undefined, body: string, missing: T, extra: unknown = null) =>
    onRoot<T>(page, kind, `function (s, p, x) { ${PICK}; const selector = JSON.parse(s), extra = JSON.parse(x); const el = pick(this, selector, JSON.parse(p)); if (!el) return ${JSON.stringify(missing)}; ${body} }`, [selector, pick ?? null, extra], missing);
  const ui: HostUi = {
    count: (selector) => onRoot(page, kind, 'function (s) { return this.querySelectorAll(JSON.parse(s)).length; }', [selector], 0),
    attr: (selector, name, pick) => onPicked<string | null>(selector, pick, 'return el.getAttribute(extra);', null, name),
    text: (selector, pick) => onPicked<string | null>(selector, pick, 'return el.textContent;', null),
    texts: (selector) => onRoot<string[]>(page, kind, 'function (s) { return [...this.querySelectorAll(JSON.parse(s))].map((e) => e.textContent); }', [selector], []),
    async waitFor(selector, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await ui.count(selector).catch(() => 0)) === 0) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${kind} ${selector}`);
        await sleep(100);
      }
    },
    async click(selector, pick) {
      await ui.waitFor(selector);
      const at = await onPicked<{ x: number; y: number } | null>(selector, pick, `el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`, null);
      if (!at) throw new Error(`no ${kind} ${selector} to click`);
      await page.mouse.click(at.x, at.y);
    },
  };
  return ui;
}

/** The data-* attributes of host `kind` (numbers and states only), or {} when there is no host. */
export function hostData(page: Page, kind: HostKind): Promise<Record<string, string>> {
  return page.evaluate((k) => {
    const { speechOutline: _kind, ...data } = (document.querySelector(`[data-speech-outline="${k}"]`) as HTMLElement | null)?.dataset ?? {};
    return data as Record<string, string>;
  }, kind);
}

/** The CSS selector of host `kind` with extra attribute conditions, for `page.waitForSelector`. */
export function hostSelector(kind: HostKind, attributes = ''): string {
  return `[data-speech-outline="${kind}"]${attributes}`;
}
