import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';
import { activationHandlers, MENU_ALWAYS_RUN, MENU_RUN_ONCE, runOnTab } from '../../entrypoints/background/activation.ts';
import { onCommand } from '../../entrypoints/background/keyboard-commands.ts';
import { backgroundDispatch } from './background-router.ts';
import { parseWith } from '../../protocol/transport.ts';
import { TAB_MESSAGES } from '../../protocol/tab-messages.ts';
import { createOutlineStore, type OutlineStore } from '../../entrypoints/background/outline-store.ts';
import { reconcileSiteScripts } from '../../entrypoints/background/site-scripts.ts';
import { parseMessage } from '../../protocol/background-messages.ts';
import { type MessageSender } from '../../protocol/transport.ts';
import { isCuratedUrl, originOf, originPattern } from '../../sites/site-patterns.ts';
import { SPEECH_SITE_MATCHES } from '../../sites/speech-sites.ts';
import { installFakeActivationApis, type FakeActivationApis } from './fake-activation-apis.ts';
import { speechOutline } from './fixtures.ts';

const popup: MessageSender = { id: 'test', url: 'chrome-extension://test-extension-id/popup.html' };
const contentScript: MessageSender = { id: 'test', url: 'https://example.com/a.html', frameId: 0, tab: { id: 3, index: 0 } as MessageSender['tab'] };

let fake: FakeActivationApis;
let store: OutlineStore;

beforeEach(() => {
  fakeBrowser.reset();
  fake = installFakeActivationApis();
  store = createOutlineStore();
});

/** Makes each injection behave like the content script on a speech page: it reports an outline. */
function injectionFindsSpeech(): void {
  fake.onInject = (tabId) => store.set(tabId, { outline: speechOutline('https://example.com/speech.html'), count: 3 });
}

/** Lets the listeners' promise chains run. */
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('site patterns', () => {
  it.each([
    ['https://www.example.com/speech/1.html?x=1#p2', 'https://www.example.com'],
    ['http://127.0.0.2:8080/seed-p.html', 'http://127.0.0.2:8080'],
    ['chrome://extensions/', null],
    ['file:///tmp/speech.html', null],
    ['not a url', null],
  ])('takes the origin of %s as %j', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it('asks for a whole host, every port, because match patterns carry no port', () => {
    expect(originPattern('http://127.0.0.2:8080')).toBe('http://127.0.0.2/*');
    expect(originPattern('https://www.example.com')).toBe('https://www.example.com/*');
  });

  it('knows the curated sites, subdomains included', () => {
    expect(isCuratedUrl('https://www.diyifanwen.com/fanwen/jianghuagao/123.html')).toBe(true);
    expect(isCuratedUrl('http://www.shanghai.gov.cn/nw12344/20240101/speech.html')).toBe(true);
    expect(isCuratedUrl('https://www.example.com/speech.html')).toBe(false);
  });
});

describe('the activation messages', () => {
  it.each([
    [{ type: 'activation/run-once', data: { tabId: 4 } }, true],
    [{ type: 'activation/run-once', data: { tabId: -1 } }, false],
    [{ type: 'activation/always-run', data: { origin: 'https://example.com' } }, true],
    [{ type: 'activation/always-run', data: { origin: 'https://example.com/path' } }, false],
    [{ type: 'activation/always-run', data: { origin: 'chrome://settings' } }, false],
    [{ type: 'activation/revoke', data: { pattern: 'https://example.com/*' } }, true],
    [{ type: 'activation/revoke', data: { pattern: 'example' } }, false],
    [{ type: 'reading/command', data: { command: 'toggle-panel' } }, true],
    [{ type: 'reading/command', data: { command: 'format-disk' } }, false],
  ])('check %j (valid: %s)', (raw, valid) => {
    // reading/command goes to tabs; the rest to the background.
    expect((raw.type === 'reading/command' ? parseWith(TAB_MESSAGES, raw) : parseMessage(raw)).ok).toBe(valid);
  });

  it('are answered to extension pages only', async () => {
    const handle = backgroundDispatch({ store });
    expect(await handle({ type: 'activation/run-once', data: { tabId: 3 } }, contentScript)).toEqual({ ok: false, error: 'activation/run-once is only answered to extension pages' });
    expect(await handle({ type: 'activation/revoke', data: { pattern: 'https://example.com/*' } }, contentScript)).toMatchObject({ ok: false });
    expect(fake.injected).toEqual([]);
  });
});

describe('run once', () => {
  it('injects the built content script into the tab and reports the outline it found', async () => {
    injectionFindsSpeech();
    const reply = await backgroundDispatch({ store })({ type: 'activation/run-once', data: { tabId: 7 } }, popup);
    expect(reply).toEqual({ ok: true, value: { outlineFound: true } });
    expect(fake.injected).toEqual([{ tabId: 7, files: ['/content-scripts/content.js'] }]);
    // The mark the content script reads to open a non-speech page's notes panel at once.
    expect(fake.marked).toEqual([7]);
    const slot = globalThis as unknown as Record<symbol, boolean>;
    expect(slot[Symbol.for('speech-outline.run-here')]).toBe(true);
    delete slot[Symbol.for('speech-outline.run-here')];
  });

  it('says so when the page turned out not to be a speech', async () => {
    expect(await runOnTab(store, 7, 50)).toEqual({ ok: true, value: { outlineFound: false } });
  });

  it('turns a page the browser will not script into a failed result', async () => {
    fake.injectError = 'Cannot access a chrome:// URL';
    expect(await runOnTab(store, 7, 50)).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });
});

describe('always run on a site', () => {
  it('registers a persistent content script for a granted origin, outside the curated sites', async () => {
    fake.granted.add('https://example.com/*');
    const reply = await activationHandlers(store)['activation/always-run']!({ origin: 'https://example.com' }, popup);
    expect(reply).toEqual({ ok: true, value: { pattern: 'https://example.com/*' } });
    expect([...fake.registered.values()]).toEqual([
      {
        id: 'site:https://example.com/*',
        matches: ['https://example.com/*'],
        excludeMatches: [...SPEECH_SITE_MATCHES],
        js: ['/content-scripts/content.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    // Asking again changes nothing.
    await activationHandlers(store)['activation/always-run']!({ origin: 'https://example.com' }, popup);
    expect(fake.registered.size).toBe(1);
  });

  it('registers nothing for an origin the user has not granted', async () => {
    const reply = await activationHandlers(store)['activation/always-run']!({ origin: 'https://example.com' }, popup);
    expect(reply).toEqual({ ok: false, error: 'no permission for https://example.com/*' });
    expect(fake.registered.size).toBe(0);
  });
});

describe('revoke', () => {
  it('removes the site’s script and gives its permission back', async () => {
    fake.granted.add('https://example.com/*');
    await reconcileSiteScripts();
    const reply = await activationHandlers(store)['activation/revoke']!({ pattern: 'https://example.com/*' }, popup);
    expect(reply).toEqual({ ok: true, value: { pattern: 'https://example.com/*', permissionRemoved: true } });
    expect(fake.registered.size).toBe(0);
    expect(fake.granted.size).toBe(0);
  });

  it('still stops the script when the permission is one the manifest requires', async () => {
    fake.registered.set('site:http://127.0.0.1/*', { id: 'site:http://127.0.0.1/*' });
    const reply = await activationHandlers(store)['activation/revoke']!({ pattern: 'http://127.0.0.1/*' }, popup);
    expect(reply).toEqual({ ok: true, value: { pattern: 'http://127.0.0.1/*', permissionRemoved: false } });
    expect(fake.registered.size).toBe(0);
  });
});

describe('reconciling registrations with permissions', () => {
  it('registers granted sites, drops revoked ones and leaves manifest hosts and curated sites alone', async () => {
    fake.granted = new Set(['https://a.example/*', 'https://b.example/*']);
    fake.registered.set('site:https://b.example/*', { id: 'site:https://b.example/*' });
    fake.registered.set('site:https://c.example/*', { id: 'site:https://c.example/*' });
    fake.registered.set('someone-else', { id: 'someone-else' });
    expect(await reconcileSiteScripts()).toEqual({ registered: ['https://a.example/*'], unregistered: ['https://c.example/*'] });
    expect([...fake.registered.keys()].sort()).toEqual(['site:https://a.example/*', 'site:https://b.example/*', 'someone-else']);
  });
});

describe('the background at startup', () => {
  it('re-registers granted sites, follows permission changes and creates the context menu', async () => {
    fake.granted.add('https://a.example/*');
    background.main();
    await settle();
    expect([...fake.registered.keys()]).toEqual(['site:https://a.example/*']);
    expect(fake.menus.map((m) => m.id)).toEqual([MENU_RUN_ONCE, MENU_ALWAYS_RUN]);

    // A grant made anywhere (the popup, Chrome's site-access menu) is followed.
    fake.granted.add('https://b.example/*');
    await fake.events.permissionsAdded.trigger({ origins: ['https://b.example/*'] });
    await settle();
    expect([...fake.registered.keys()].sort()).toEqual(['site:https://a.example/*', 'site:https://b.example/*']);

    fake.granted.delete('https://a.example/*');
    await fake.events.permissionsRemoved.trigger({ origins: ['https://a.example/*'] });
    await settle();
    expect([...fake.registered.keys()]).toEqual(['site:https://b.example/*']);
  });

  it('runs once from the context menu, and sends "always run" to the options page to ask', async () => {
    background.main();
    await settle();
    await fake.events.menuClicked.trigger({ menuItemId: MENU_RUN_ONCE }, { id: 9, url: 'https://example.com/s.html', index: 2 });
    await settle();
    expect(fake.injected).toEqual([{ tabId: 9, files: ['/content-scripts/content.js'] }]);

    await fake.events.menuClicked.trigger({ menuItemId: MENU_ALWAYS_RUN }, { id: 9, url: 'https://example.com/s.html', index: 2 });
    await settle();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/options.html?grant=https%3A%2F%2Fexample.com&tab=9');
    expect(fake.registered.size).toBe(0);
  });
});

describe('keyboard commands', () => {
  it('runs once on the active tab for run-on-page', async () => {
    await onCommand(store, 'run-on-page', { id: 4 } as Parameters<typeof onCommand>[2]);
    expect(fake.injected).toEqual([{ tabId: 4, files: ['/content-scripts/content.js'] }]);
  });

  it.each(['toggle-panel', 'toggle-highlights', 'next-point', 'prev-point'])('forwards %s to the tab’s content script', async (command) => {
    await onCommand(store, command, { id: 4 } as Parameters<typeof onCommand>[2]);
    expect(fake.sentToTabs).toEqual([{ tabId: 4, message: { type: 'reading/command', data: { command } } }]);
  });

  it('does nothing, quietly, on a page without the content script or for an unknown command', async () => {
    fake.noReceiver = true;
    await expect(onCommand(store, 'next-point', { id: 4 } as Parameters<typeof onCommand>[2])).resolves.toBeUndefined();
    fake.noReceiver = false;
    await onCommand(store, 'reload-everything', { id: 4 } as Parameters<typeof onCommand>[2]);
    expect(fake.sentToTabs).toEqual([]);
    expect(fake.injected).toEqual([]);
  });
});
