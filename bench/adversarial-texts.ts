/**
 * Texts built to find the engine's slow paths: markers with no sentence end to
 * stop at, unbalanced brackets, very long lines, very many lines. Each is made
 * to a size in UTF-8 bytes (as a saved file would be).
 */

/** The adversarial patterns, each a name and a builder for about `bytes` bytes of UTF-8. */
export const ADVERSARIAL_PATTERNS = {
  /** Every kind of marker back to back on 10 KB lines, never a 。 to end a title. */
  'marker-runs': (bytes: number) => repeatLines('一、二、三、四、五、（一）（二）（三）1.2.3.4.(1)(2)①②③第一，第二，首先，其次，', 10_000, bytes),
  /** One line of 一是一是一是…: every position starts an inline marker. */
  'yishi-run': (bytes: number) => fill('一是', bytes),
  /** One line of （（（（… with a rare （一 to tempt a bracket matcher. */
  'open-parens': (bytes: number) => fill('（（（（（（（（（（（（（（（（（（（（（一', bytes),
  /** 200 KB lines of text without punctuation, each opened by a marker (a title that never ends). */
  'long-lines': (bytes: number) => repeatLines('一、坚持以人民为中心的发展思想推动高质量发展取得新成效', 200_000, bytes, true),
  /** Hundreds of thousands of short lines, most of them a bare marker. */
  'short-lines': (bytes: number) => fill('一、\n（一）\n1.\n(1)\n一是\n第一，\n①\n要点\n二、\n（二）\n2.\n二是\n', bytes),
} as const;

export type AdversarialPattern = keyof typeof ADVERSARIAL_PATTERNS;

/** All patterns one after another, `bytes` in total. */
export function buildAdversarialText(bytes: number): string {
  const names = Object.keys(ADVERSARIAL_PATTERNS) as AdversarialPattern[];
  return names.map((name) => ADVERSARIAL_PATTERNS[name](Math.floor(bytes / names.length))).join('\n');
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / utf8Length(unit))));
}

/** Lines of `lineBytes` bytes made of `unit`; with `markerFirst` only the line start keeps the unit's marker. */
function repeatLines(unit: string, lineBytes: number, bytes: number, markerFirst = false): string {
  const body = markerFirst ? unit.slice(2) : unit;
  let line = fill(body, lineBytes);
  if (markerFirst) line = unit.slice(0, 2) + line;
  const count = Math.max(1, Math.round(bytes / (utf8Length(line) + 1)));
  return Array.from({ length: count }, () => line).join('\n');
}

/** Size in UTF-8 bytes, for MB/s figures. */
export function byteSize(text: string): number {
  return utf8Length(text);
}
