/**
 * The speech engine's public surface. Everything here works on strings and
 * TextBlock records only, so it runs unchanged in the content script, the
 * background, the popup and the command-line tool.
 */
export type * from './types.ts';
export { extractOutline, extractOutlineInSteps } from './extract-outline.ts';
export { toOutlineDocument, countPoints, walkPoints } from './outline-document.ts';
export { blocksFromPlainText } from './plain-text.ts';
export { cleanPageTitle } from './page-title.ts';
export { matchMarkerAt, GB_RANK } from './markers.ts';
export type { MarkerFamily, MarkerMatch } from './markers.ts';
export { checkNumbering, NUMBERING_RULES, getNumberingRule } from './check/index.ts';
export type * from './check/types.ts';
