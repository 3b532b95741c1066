// Runs the benchmarks on the engine as it ships: bundled and minified-free by
// esbuild like the extension's own build, not through tsx's per-file loader
// (whose module getters alone triple the engine's time in Node).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: { run: 'bench/run.ts', 'adversarial-worker': 'bench/adversarial-worker.ts' },
  outdir: '.output/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
const run = spawnSync(process.execPath, ['.output/bench/run.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
// The content script's cost in real Chromium (builds the extension if missing; `--build` rebuilds it).
// Through tsx: the engine runs in the browser there, not in this process.
spawnSync(process.execPath, ['--import', 'tsx', 'bench/content-script-cost.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
// The adapter and the engine in Chromium, against textContent + the same scan there.
spawnSync(process.execPath, ['--import', 'tsx', 'bench/adapter-in-chromium.ts'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
