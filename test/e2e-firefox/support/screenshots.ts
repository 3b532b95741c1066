/** Where Firefox E2E tests save screenshots: .output/screenshots/, never tracked files. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The screenshot folder for this run (created if missing). */
export function screenshotDir(): string {
  const dir = resolve(ROOT, '.output/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
