/**
 * Finds the numbering markers of a range of blocks for the check and reads the
 * way each is written (brackets, punctuation, digit width), so a slip can be
 * named and the usual form rendered. Recognition is the engine's own
 * (matchMarkerAt); only the 一，/1， slips it rightly refuses are added here,
 * and the check keeps those only where they continue a run.
 */
import { toChineseNumeral, toCircledNumeral } from '../export/gbt-numbering.ts';
import { matchMarkerAt, type MarkerFamily } from '../index.ts';
import type { TextBlock } from '../types.ts';

/** How a marker is written, apart from its number. */
export interface MarkerShape {
  /** Opening bracket ('' for none). */
  open: string;
  /** Closing bracket ('' for none). */
  close: string;
  /** Punctuation right after the number or bracket ('' for none): 、 . ． ， */
  punct: string;
  /** Digits written full-width (１２). */
  fullDigits: boolean;
  /** The words around the number for 第一，/一是/其一 (prefix, suffix as written). */
  prefix: string;
  suffix: string;
}

/** A marker of the checked text, with its place and shape. */
export interface ScannedMarker {
  family: MarkerFamily;
  ordinal: number;
  block: number;
  start: number;
  end: number;
  /** Inside a paragraph (after 。；：！？，) rather than at its start. */
  inline: boolean;
  /** A form the engine does not accept as a marker (一，): counted only when it continues a run. */
  loose: boolean;
  text: string;
  shape: MarkerShape;
}

/** Families whose number sequence the check follows; 首先/其次/最后 is prose, not numbering. */
const CHECKED: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'circled', 'di', 'shi', 'qi']);

const INLINE_BOUNDARY = /[。；：！？，;:!?,][ \u3000\u00a0]*/g;
const LOOSE_CN = /([一二三四五六七八九十]{1,3})[ \u3000]?([，,：:])(?![一二三四五六七八九十0-9])/y;
const LOOSE_AR = /([0-9０-９]{1,2})[ \u3000]?([，,])(?![0-9０-９])/y;
/** Punctuation a writer leaves after a bracketed or circled number by mistake. */
const STRAY_AFTER_BRACKET = new Set(['、', '.', '．', '，', ',']);

function skipSpaces(text: string, i: number): number {
  while (i < text.length && ' \u3000\u00a0\t'.includes(text[i] as string)) i++;
  return i;
}

/** Reads the shape of a marker the engine matched. */
function shapeOf(family: MarkerFamily, raw: string): MarkerShape {
  const shape: MarkerShape = { open: '', close: '', punct: '', fullDigits: /[０-９]/.test(raw), prefix: '', suffix: '' };
  const compact = raw.replace(/[ \u3000\u00a0\t]/g, '');
  const first = compact[0] ?? '';
  const last = compact[compact.length - 1] ?? '';
  switch (family) {
    case 'cn-dun':
    case 'ar-dot':
      shape.punct = last;
      break;
    case 'cn-paren':
    case 'ar-paren':
      shape.open = first === '(' || first === '（' ? first : '';
      shape.close = last;
      break;
    case 'circled':
      shape.punct = compact.slice(1);
      break;
    default: {
      // 第一， / 一是 / 其一: keep the words and punctuation, swap the number only.
      const numeral = /[〇零一二三四五六七八九十百两]+/.exec(compact);
      shape.prefix = numeral ? compact.slice(0, numeral.index) : '';
      shape.suffix = numeral ? compact.slice(numeral.index + numeral[0].length) : '';
    }
  }
  return shape;
}

function digits(n: number, full: boolean): string {
  const s = String(n);
  return full ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) : s;
}

/** The marker for `ordinal` written in `shape` (the usual form when shape is the convention's). */
export function renderMarker(family: MarkerFamily, ordinal: number, shape: MarkerShape): string {
  switch (family) {
    case 'cn-dun': return toChineseNumeral(ordinal) + shape.punct;
    case 'cn-paren': return shape.open + toChineseNumeral(ordinal) + shape.close;
    case 'ar-dot': return digits(ordinal, shape.fullDigits) + shape.punct;
    case 'ar-paren': return shape.open + digits(ordinal, shape.fullDigits) + shape.close;
    case 'circled': return toCircledNumeral(ordinal) + shape.punct;
    default: return shape.prefix + toChineseNumeral(ordinal) + shape.suffix;
  }
}

function scanned(family: MarkerFamily, ordinal: number, block: number, text: string, start: number, end: number, inline: boolean, loose = false): ScannedMarker {
  // A stray 、 after （一） belongs to the marker the writer typed.
  if ((family === 'cn-paren' || family === 'ar-paren') && STRAY_AFTER_BRACKET.has(text[end] ?? '') && !/[0-9０-９]/.test(text[end + 1] ?? '')) end++;
  const raw = text.slice(start, end);
  const shape = shapeOf(family, raw);
  if ((family === 'cn-paren' || family === 'ar-paren') && STRAY_AFTER_BRACKET.has(shape.close)) {
    shape.punct = shape.close;
    const compact = raw.replace(/[ \u3000\u00a0\t]/g, '');
    shape.close = compact[compact.length - 2] ?? '';
  }
  return { family, ordinal, block, start, end, inline, loose, text: raw.trim(), shape };
}

/** The marker at the start of a block: the engine's, or a loose 一，/1， the check may keep. */
function scanStart(text: string, block: number, out: ScannedMarker[]): number {
  const pos = skipSpaces(text, 0);
  const m = matchMarkerAt(text, pos);
  if (m) {
    if (CHECKED.has(m.family)) out.push(scanned(m.family, m.ordinal, block, text, m.start, m.end, false));
    return m.end;
  }
  for (const [re, family] of [[LOOSE_CN, 'cn-dun'], [LOOSE_AR, 'ar-dot']] as const) {
    re.lastIndex = pos;
    const loose = re.exec(text);
    if (!loose) continue;
    const ordinal = family === 'cn-dun' ? cnValue(loose[1] ?? '') : Number((loose[1] ?? '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    if (ordinal >= 1) out.push(scanned(family, ordinal, block, text, pos, pos + loose[0].length, false, true));
    return pos + loose[0].length;
  }
  return pos;
}

function cnValue(s: string): number {
  const n = toValue.get(s);
  return n ?? NaN;
}
const toValue = new Map(Array.from({ length: 99 }, (_, i) => [toChineseNumeral(i + 1), i + 1] as const));

/** Markers of blocks [first, last] in document order, leaving out the blocks in `skip` (section headings). */
export function scanMarkers(blocks: readonly TextBlock[], first: number, last: number, skip: ReadonlySet<number>): ScannedMarker[] {
  const out: ScannedMarker[] = [];
  for (let b = first; b <= last; b++) {
    if (skip.has(b)) continue;
    const text = (blocks[b] as TextBlock).text;
    const from = scanStart(text, b, out);
    const re = INLINE_BOUNDARY;
    re.lastIndex = Math.max(0, from - 1);
    let hit: RegExpExecArray | null;
    while ((hit = re.exec(text)) !== null) {
      const p = hit.index + hit[0].length;
      if (p >= text.length) break;
      const m = matchMarkerAt(text, p);
      if (!m) continue;
      if (CHECKED.has(m.family)) out.push(scanned(m.family, m.ordinal, b, text, m.start, m.end, true));
      re.lastIndex = Math.max(m.end - 1, p);
    }
  }
  return out;
}
