import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, metafile: true, format: 'iife', platform: 'browser', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'error', alias: { 'wxt/browser': './node_modules/wxt/dist/browser.mjs' }, define: { 'import.meta.env.MODE': '"production"', 'import.meta.env': '{}' } });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([f, v]) => [f, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
let dirs = {};
for (const [f, n] of rows) { const d = f.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1').split('/').slice(0, 3).join('/'); dirs[d] = (dirs[d] ?? 0) + n; }
console.log('total', out.bytes, 'gz', gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
console.log(Object.entries(dirs).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([d, n]) => `${n}\t${d}`).join('\n'));
console.log('--- top files');
console.log(rows.slice(0, 40).map(([f, n]) => `${n}\t${f}`).join('\n'));
