/**
 * The outline the engine finds in a fixture when it runs in Node, through the
 * command-line tool's own HTML path (happy-dom + readPage + extractOutline).
 * The extension must report the same outline: comparing against it tests the
 * extension's wiring, not the engine's judgement.
 */
import { readFile } from 'node:fs/promises';
import { outlineFromHtml } from '../../../cli/read-input.ts';
import { countPoints, type OutlineDocument } from '../../../core/index.ts';

/** The Node engine's outline of an HTML fixture and the badge the extension should show for it. */
export interface ExpectedOutline {
  outline: OutlineDocument;
  badge: string;
}

/** Reads `file` and extracts its outline as the CLI does, as if served at `url`. */
export async function expectedOutline(file: string, url: string): Promise<ExpectedOutline> {
  const outline = await outlineFromHtml(await readFile(file, 'utf8'), url);
  const count = countPoints(outline);
  return { outline, badge: outline.detection.isSpeechPage && count > 0 ? String(count) : '' };
}
