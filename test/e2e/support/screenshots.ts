/**
 * Where E2E tests save screenshots: .output/screenshots/ on every run, so a test
 * run never rewrites tracked files; `SCREENSHOTS=1 npm run test:e2e` refreshes
 * the README's pictures in assets/screenshots/ instead.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The screenshot folder for this run (created if missing). */
export function screenshotDir(): string {
  const dir = resolve(ROOT, process.env.SCREENSHOTS === '1' ? 'assets/screenshots' : '.output/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
