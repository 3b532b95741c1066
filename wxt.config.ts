import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compactCssPlugin } from './scripts/compact-css.ts';
import { resolve } from 'node:path';
import { MANIFEST_COMMANDS } from './protocol/browser-commands.ts';
import { manifestHostPermissions } from './sites/speech-sites.ts';

const TOOLBAR_ICONS = { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' };

// The demo/test build (`wxt build --mode demo`) also runs on local pages so that
// `npm start` and the end-to-end tests can open fixtures served on 127.0.0.1.
// The store build never asks for those hosts.
export default defineConfig({
  // Explicit imports only: auto-imports would make every module's exports globals.
  imports: false,
  manifest: ({ browser, mode, manifestVersion }) => ({
    // Words come from public/_locales (en, zh_CN); the browser's UI language picks the file,
    // and English is the fallback for languages without one.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: run once on any page when asked; contextMenus: the right-click items.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // "Always run on this site" asks for one site at a time at run time (pages/site-requests.ts);
    // MV2 (Firefox) has no optional_host_permissions and takes the pattern in optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    commands: MANIFEST_COMMANDS,
    // Icons: public/icon/<size>.png, rendered from assets/icon.svg by scripts/render-icons.mjs;
    // WXT lists every size found there as `icons`. The toolbar button takes the small ones,
    // under MV2's key for Firefox (WXT builds browser_action from the popup and drops `action`).
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_title: '__MSG_extName__', default_icon: TOOLBAR_ICONS },
    // Firefox: a fixed add-on id (storage and AMO updates follow it) and the data-collection
    // declaration AMO requires of new add-ons (Firefox 140+): nothing leaves the browser.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'speech-outline@jianghua-tigang', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(mode === 'demo' ? { host_permissions: manifestHostPermissions(mode) } : {}),
    // The note frames (entrypoints/note-frame/): the content script embeds them in the page it
    // runs on, which may be any http(s) page (a curated site, a granted one, or a one-off run
    // through activeTab), so every such page may load it. In Chromium only through the dynamic
    // URL, which changes every session: a page cannot guess it to embed the frame (which shows
    // nothing without a one-time token anyway), nor probe for the extension. For MV2 (Firefox)
    // WXT turns this into a plain list; there the moz-extension:// host is random per install.
    // The content script's main part (entrypoints/content-main.ts), which its loader imports as a module on the
    // same pages, the same way: the dynamic URL in Chromium, the per-install host in Firefox.
    web_accessible_resources: [{ resources: ['note-frame.html', 'content-main.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  }),
  hooks: {
    // jieba's .wasm is not emitted by the build (WXT rewrites the glue's URL to it): copy it
    // to the output root, where entrypoints/background/jieba/jieba-service.ts fetches it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm'), relativeDest: 'jieba_rs_wasm_bg.wasm' });
    },
  },
  vite: () => ({
    plugins: [preact(), compactCssPlugin()],
    // Dexie contains String.fromCharCode(65535); minified to a raw U+FFFF, Chrome
    // rejects the file as "not UTF-8" and silently refuses the whole extension.
    esbuild: { charset: 'ascii' },
  }),
});
