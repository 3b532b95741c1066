/** Helpers for DOM tests: parse committed fixtures with happy-dom (scripts never run). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Watermark strings the fixture generator plants in seed-p.html. */
export const VISIBLE_WATERMARK = 'www.fwwang.cn';
export const HIDDEN_WATERMARK = '范文网 www.fanwenwang.net';

/** The raw text of a fixture file. */
export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/**
 * Loads an HTML string as a window's live document, as a page the content script
 * would see. (happy-dom's Ranges read nothing in DOMParser documents, hence write().)
 * Scripts, script files and stylesheets are never run or fetched.
 */
export function parseHtml(html: string): Document {
  const window = new Window({
    url: 'https://example.com/article.html',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Parses a fixture file into a Document. */
export function loadFixture(name: string): Document {
  return parseHtml(readFixture(name));
}

/** The seed page's non-empty lines, as the source site showed them. */
export function seedLines(): string[] {
  return readFixture('seed.txt').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
}

/** The seed's article lines: after the title and 收藏本文 line, through the last 谢谢大家!. */
export function seedArticleLines(): string[] {
  const lines = seedLines();
  let end = lines.length - 1;
  while (end > 0 && !lines[end]!.includes('谢谢大家')) end--;
  return lines.slice(2, end + 1);
}

/** The same full-width conversion the generator applies for seed-br/seed-word. */
export function toFullWidth(line: string): string {
  const map: Record<string, string> = { ',': '，', ':': '：', '(': '（', ')': '）', ';': '；', '!': '！', '?': '？' };
  return line.replace(/[,:();!?]/g, (c) => map[c] ?? c);
}
