/**
 * Debian's Firefox ESR with the Firefox demo build installed as a temporary
 * add-on, driven by puppeteer-core over WebDriver BiDi, the way
 * ../shared/TOOLCHAIN.md and docs/firefox.md measured it to work here.
 *
 * Firefox hides what Chromium shows: there is no service-worker handle (the
 * background page is not a BiDi target), moz-extension:// pages never report
 * their load event, and errors in extension code reach neither `pageerror` nor
 * `console` events. So every call to the background goes through one extension
 * page kept open (`control`), extension pages are awaited by polling, and errors
 * are read from what Firefox prints on stdout and stderr.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { LOG_PREFIX } from '../../../entrypoints/content/log.ts';
import { UI_LANGUAGE_KEY } from '../../../i18n/ui-language.ts';

/** Where Debian installs Firefox ESR (scripts/ensure-browser.sh). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A reply of the extension's message protocol. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Firefox with the extension installed. */
export interface ExtensionFirefox {
  browser: Browser;
  /** The add-on's id (the manifest's gecko id). */
  addonId: string;
  /** moz-extension://<internal UUID>, the origin of the extension's pages. */
  origin: string;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  /** An extension page kept open: the only way to the background page. */
  control: Page;
  /** Picks Chinese in the extension's language setting (Debian's ESR has no Chinese language pack). */
  pinChinese(): Promise<void>;
  /** Opens an extension page (path like 'popup.html?tab=3') in a new tab and waits until it has loaded. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Opens a web page in a new tab; `pageErrors` collects what the page itself throws. */
  openWebPage(url: string, viewport?: { width: number; height: number }): Promise<{ page: Page; pageErrors: string[] }>;
  /** Sends one protocol message from the control page and returns the reply. */
  send<T>(type: string, data: object): Promise<Reply<T>>;
  /** The id of the tab showing exactly `url`, waiting for it to appear. */
  tabIdForUrl(url: string, timeoutMs?: number): Promise<number>;
  /** A tab's badge text. */
  badgeText(tabId: number): Promise<string>;
  /** Waits until a tab's badge is non-empty and returns it ('' after `timeoutMs`). */
  waitForBadge(tabId: number, timeoutMs?: number): Promise<string>;
  /**
   * Errors Firefox reported from the extension's own files (background page,
   * extension pages, content scripts) and whatever the extension logged under its
   * prefix, since the last call; the list is emptied.
   */
  takeExtensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** Polls `check` every 100 ms until it returns true; throws `what` after `timeoutMs`. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The add-on's internal UUID, which Firefox writes to prefs.js within a second of the install. */
async function readAddonUuid(profileDir: string, addonId: string): Promise<string> {
  let uuid: string | undefined;
  await waitUntil(async () => {
    const prefs = await readFile(join(profileDir, 'prefs.js'), 'utf8');
    const line = /user_pref\("extensions\.webextensions\.uuids", (".*")\);/.exec(prefs);
    uuid = line ? (JSON.parse(JSON.parse(line[1]!) as string) as Record<string, string>)[addonId] : undefined;
    return uuid !== undefined;
  }, `the UUID of ${addonId} in prefs.js`);
  return uuid!;
}

/** Launches Firefox ESR headless in a throwaway profile and installs the unpacked add-on in `extensionDir`. */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<ExtensionFirefox> {
  const profileDir = await mkdtemp(join(tmpdir(), 'speech-outline-firefox-'));
  const downloadDir = join(profileDir, 'downloads');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Without it BiDi refuses to open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The product speaks Chinese; the popup follows the browser's language.
      'intl.accept_languages': 'zh-CN,zh',
      'intl.locale.requested': 'zh-CN',
      // console.* from pages, extension pages and content scripts on stdout, where the error watch reads it.
      'devtools.console.stdout.content': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  const addonId = await browser.installExtension(extensionDir);
  const origin = `moz-extension://${await readAddonUuid(profileDir, addonId)}`;

  // Firefox prints "JavaScript error: <file>, line N: …" on stderr for uncaught errors and
  // unhandled rejections in any realm, and console.* lines on stdout (with the pref above).
  // Firefox writes console arguments JSON-escaped with \uXXXX for every non-ASCII character.
  const escapedPrefix = LOG_PREFIX.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const unescape = (line: string) => line.replace(/\\u([0-9A-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const reported: string[] = [];
  let partial = '';
  const listen = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes(`JavaScript error: ${origin}/`) || line.includes(LOG_PREFIX) || line.includes(escapedPrefix)) reported.push(unescape(line));
    }
  };
  browser.process()?.stdout?.on('data', listen);
  browser.process()?.stderr?.on('data', listen);

  async function openExtensionPage(path: string, viewport = { width: 1100, height: 800 }): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const url = `${origin}/${path}`;
    // Puppeteer never sees a moz-extension:// page's load event: start, then poll.
    page.goto(url).catch(() => {});
    await waitUntil(() => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url), `${path} to load`);
    return page;
  }

  const control = await openExtensionPage('popup.html?view=saved');
  // Debian's Firefox ESR has no Chinese language pack, so browser.i18n speaks English there.
  // The suite asserts the Chinese words, so it picks Chinese the way a reader would there:
  // the options page's language setting, which stores the zh_CN messages in storage.local.
  async function pinChinese(): Promise<void> {
    await control.evaluate(async (key) => {
      const ext = (globalThis as unknown as { browser: { runtime: { getURL(p: string): string }; storage: { local: { set(v: object): Promise<void> } } } }).browser;
      const messages: unknown = await (await fetch(ext.runtime.getURL('/_locales/zh_CN/messages.json'))).json();
      await ext.storage.local.set({ [key]: { code: 'zh_CN', messages } });
    }, UI_LANGUAGE_KEY);
  }
  await pinChinese();

  async function send<T>(type: string, data: object): Promise<Reply<T>> {
    return control.evaluate(
      (message) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(message),
      { type, data },
    ) as Promise<Reply<T>>;
  }

  async function badgeText(tabId: number): Promise<string> {
    return control.evaluate(
      (id) => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({ tabId: id }),
      tabId,
    );
  }

  return {
    browser,
    addonId,
    origin,
    downloadDir,
    control,
    pinChinese,
    openExtensionPage,
    async openWebPage(url, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(url, { waitUntil: 'load' });
      return { page, pageErrors };
    },
    send,
    async tabIdForUrl(url, timeoutMs = 10_000) {
      let id: number | undefined;
      await waitUntil(async () => {
        id = await control.evaluate(async (wanted) => {
          const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser.tabs.query({});
          return tabs.find((t) => t.url === wanted)?.id;
        }, url);
        return id !== undefined;
      }, `a tab showing ${url}`, timeoutMs);
      return id!;
    },
    badgeText,
    async waitForBadge(tabId, timeoutMs = 15_000) {
      let text = '';
      await waitUntil(async () => (text = await badgeText(tabId)) !== '', `the badge of tab ${tabId}`, timeoutMs).catch(() => {});
      return text;
    },
    async takeExtensionErrors() {
      // Give lines already written a moment to arrive through the pipes.
      await sleep(200);
      return reported.splice(0);
    },
    async close() {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits for a file named `name` to be complete in `dir` (Firefox writes a .part file first) and returns its path. */
export async function waitForDownload(dir: string, name: string, timeoutMs = 15_000): Promise<string> {
  await waitUntil(async () => {
    const files = await readdir(dir).catch(() => [] as string[]);
    return files.includes(name) && !files.some((f) => f.endsWith('.part'));
  }, `the download ${name}`, timeoutMs);
  return join(dir, name);
}
