/**
 * Passages of the seed page (test/fixtures/seed.txt, 18 speeches) cut out by
 * their headings, so keyword tests read real speech text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SEED = readFileSync(resolve(import.meta.dirname, '../fixtures/seed.txt'), 'utf8');

/** The text from the line that starts with `from` up to (not including) the next line that starts with `to`. */
export function seedPassage(from: string, to: string, after = ''): string {
  const base = after === '' ? 0 : SEED.indexOf(`\n${after}`);
  if (base < 0) throw new Error(`seed.txt has no line starting with ${after}`);
  const start = SEED.indexOf(`\n${from}`, base);
  if (start < 0) throw new Error(`seed.txt has no line starting with ${from}`);
  const end = SEED.indexOf(`\n${to}`, start + 1);
  return SEED.slice(start + 1, end < 0 ? undefined : end);
}

/** The whole seed text. */
export function seedText(): string {
  return SEED;
}
