/**
 * The linear baseline every engine figure is compared with: one pass over the
 * characters and one global regex scan for markers. No outline can be built
 * with less work, so the ratio says how much the engine costs beyond reading.
 */

/** 一、 （一） 1. — the commonest markers, full- and half-width. */
export const MARKER_SCAN = /[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]/g;

/** One pass over `text` plus a marker scan; returns a number so the work cannot be skipped. */
export function scanMarkers(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  let markers = 0;
  MARKER_SCAN.lastIndex = 0;
  while (MARKER_SCAN.exec(text) !== null) markers++;
  return lines + markers;
}
