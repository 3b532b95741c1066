import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The demo/test build (`wxt build --mode demo`) also runs on local pages so that
// `npm start` and the end-to-end tests can open fixtures served on 127.0.0.1.
// The store build never asks for those hosts.
export default defineConfig({
  // Explicit imports only: auto-imports would make every utils/ export a global.
  imports: false,
  manifest: ({ mode }) => ({
    name: '讲话提纲助手',
    description: '识别长篇讲话稿的层次要点（一、（一）1.（1）一是…），生成提纲。',
    default_locale: undefined,
    permissions: ['storage'],
    action: { default_title: '讲话提纲助手' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(mode === 'demo' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // Dexie contains String.fromCharCode(65535); minified to a raw U+FFFF, Chrome
    // rejects the file as "not UTF-8" and silently refuses the whole extension.
    esbuild: { charset: 'ascii' },
  }),
});
