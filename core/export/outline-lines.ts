/**
 * Line-level helpers every outline format shares: how a point, a section and
 * the document are named on one line, and how a point's own body text is told
 * apart from its heading.
 */
import type { OutlineDocument, OutlinePoint, OutlineSection } from '../types.ts';

/** Indent for one level below the top: two ideographic spaces, as Chinese documents indent. */
export const LEVEL_INDENT = '\u3000\u3000';

/** outline-format.md: a point's `text` "may be cut to 200 characters" (the engine's POINT_TEXT_LIMIT). */
const TEXT_LIMIT = 200;

/** How much of a point's text stands in for an empty title. */
const SNIPPET_LENGTH = 40;

/** Sentence ends and clause breaks that may follow a title in the point's text. */
const TITLE_END = /^[。！？；!?;，,：:、]+/;

/** The first sentence of a text, end punctuation included (the engine's title rule: 。！？； end it). */
const FIRST_SENTENCE = /^[^。！？；!?;]*[。！？；!?;]+/;

/**
 * The line that names a point: its marker exactly as written (or `marker` when
 * renumbering), then its title; when the marker stands alone (empty title),
 * the start of its text instead, so a reader still sees what the point is about.
 */
export function describePoint(point: OutlinePoint, marker = flattenLine(point.marker)): string {
  const title = flattenLine(point.title);
  if (title !== '') return marker + title;
  return marker + textSnippet(point.text, flattenLine(point.marker));
}

/**
 * The point's text without the marker and title its heading already shows;
 * '' when the text says nothing more. Kept on one line.
 */
export function pointBody(point: OutlinePoint): string {
  let t = withoutMarker(flattenLine(point.text), flattenLine(point.marker));
  const title = flattenLine(point.title);
  if (title === '') return t;
  if (t.startsWith(title)) t = t.slice(title.length).replace(TITLE_END, '').trimStart();
  return t;
}

/** A point split for formats that set the heading apart from the text under it. */
export interface PointParts {
  /** The heading after the marker: the title, or for a lone marker its text's whole first sentence (never cut with …). */
  heading: string;
  /** The rest of the point's own text, never repeating the heading; '' when nothing is left. */
  body: string;
}

/**
 * Splits a point into heading and body. A titled point keeps its title and
 * pointBody; a lone marker (一) takes the first sentence of its text as its
 * heading and the rest as its body, so neither is cut short nor said twice.
 */
export function splitPoint(point: OutlinePoint): PointParts {
  const title = flattenLine(point.title);
  if (title !== '') return { heading: title, body: pointBody(point) };
  const text = pointBody(point);
  const sentence = FIRST_SENTENCE.exec(text)?.[0] ?? text;
  return { heading: sentence.replace(/[。！？；!?;]+$/, ''), body: text.slice(sentence.length).trimStart() };
}

/**
 * A body taken from a point's text, ending in …… when the engine cut that
 * text at its length limit mid-sentence, so a reader knows the page says more.
 * `joiner` goes between the two … (Word gets a word joiner, so no line breaks inside).
 */
export function markCutBody(body: string, point: OutlinePoint, joiner = ''): string {
  if (body === '' || point.text.length < TEXT_LIMIT || /[。！？!?」”』）)]$/.test(body)) return body;
  return `${body}…${joiner}…`;
}

/**
 * Whether a document's sections need their own headings: a page with one
 * speech whose heading is just the page title gains nothing from repeating it.
 */
export function showsSectionTitles(doc: OutlineDocument): boolean {
  const only = doc.sections.length === 1 ? doc.sections[0] : undefined;
  return !(only && flattenLine(only.title) === flattenLine(doc.title));
}

/** A section's heading text, with a stand-in for a section the engine left untitled. */
export function sectionHeading(section: OutlineSection, index: number): string {
  return flattenLine(section.title) || `第${index + 1}部分`;
}

/** The document's title, with a stand-in so the first line is never blank. */
export function documentHeading(doc: OutlineDocument): string {
  return flattenLine(doc.title) || '（无标题）';
}

/**
 * One output line from page text: line breaks and tabs become a space so a
 * title can never split the outline's structure; other characters stay as written.
 */
export function flattenLine(s: string): string {
  return s.replace(/[\r\n\t\f\v\u2028\u2029\u0085]+/g, ' ').trim();
}

function withoutMarker(text: string, marker: string): string {
  // The engine may or may not repeat the marker at the start of `text`.
  return marker !== '' && text.startsWith(marker) ? text.slice(marker.length).trimStart() : text;
}

function textSnippet(text: string, marker: string): string {
  const t = withoutMarker(flattenLine(text), marker);
  const chars = Array.from(t); // code points, so a surrogate pair is never cut in half
  if (chars.length <= SNIPPET_LENGTH) return t;
  return chars.slice(0, SNIPPET_LENGTH).join('') + '…';
}
