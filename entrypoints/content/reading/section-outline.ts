/**
 * One speech (篇) of a page as its own outline, for 保存本篇: the same
 * one-section document the CLI's `--section N` and the export page write
 * (core's scopeOutline), and the name the saved copy is listed under.
 */
import { scopeOutline } from '../../../core/export/export-scope.ts';
import { documentHeading, sectionHeading } from '../../../core/format-text.ts';
import type { OutlineDocument } from '../../../core/index.ts';

/** Longest name the background accepts for a saved outline (protocol/background-messages.ts). */
export const MAX_SAVED_NAME = 200;

/** Between the page's title and the speech's in a saved speech's name. */
const NAME_SEPARATOR = ' · ';

/** What 保存本篇 sends: speech `index` alone as an outline-format v1 document, and its list name. */
export interface SectionSave {
  outline: OutlineDocument;
  /** "<page title> · <speech title>", cut to fit (the speech's title is kept whole when it can be). */
  name: string;
}

/**
 * Speech `index` of `doc` as a saved outline: the document is exactly what
 * `--section index+1 --format json` writes (titled with the speech's heading,
 * the page's url kept), named after the page and the speech so the library
 * tells it from the whole page's copy. Throws a RangeError for a missing index.
 */
export function sectionSave(doc: OutlineDocument, index: number): SectionSave {
  const outline = scopeOutline({ outline: doc }, { section: index }).outline;
  const speech = sectionHeading(doc.sections[index]!, index);
  const page = documentHeading(doc);
  return { outline, name: joinName(page, speech) };
}

function joinName(page: string, speech: string): string {
  if (page === speech) return cut(speech, MAX_SAVED_NAME);
  const room = MAX_SAVED_NAME - NAME_SEPARATOR.length - speech.length;
  if (room >= 2) return `${cut(page, room)}${NAME_SEPARATOR}${speech}`;
  return cut(`${page}${NAME_SEPARATOR}${speech}`, MAX_SAVED_NAME);
}

/** `text` in at most `max` UTF-16 units, an ellipsis marking a cut (a surrogate pair is never split). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}
