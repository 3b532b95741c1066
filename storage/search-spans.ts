/**
 * Where query terms occur in a text, for ranking and for <mark>: plain
 * case-insensitive substring search, overlapping matches merged.
 */
import type { Span } from '../protocol/search-types.ts';

/** Every occurrence of every term in `text` (case-insensitive), sorted and merged where they touch. */
export function findSpans(text: string, terms: readonly string[]): Span[] {
  if (!text || terms.length === 0) return [];
  const haystack = text.toLowerCase();
  const raw: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    // toLowerCase can change a string's length (İ): such a term's offsets would be off, so skip it.
    if (!needle || needle.length !== term.length) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) raw.push([at, at + needle.length]);
  }
  return mergeSpans(raw);
}

/** Sorts spans and merges those that overlap or touch. */
export function mergeSpans(spans: ReadonlyArray<readonly [number, number]>): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** `text` cut into plain and matched pieces, in order, for rendering with <mark>. */
export function splitBySpans(text: string, spans: readonly Span[]): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at || e > text.length) continue;
    if (s > at) parts.push({ text: text.slice(at, s), match: false });
    parts.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
