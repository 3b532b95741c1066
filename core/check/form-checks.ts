/**
 * How each marker is written: slips that are wrong under any scheme (一. for
 * 一、, （一）、, (一）), the GB/T forms under the `gbt` scheme, and under the
 * `page` scheme the draft's own majority form of each kind of marker and the
 * order its levels usually take.
 */
import { GB_RANK, type MarkerFamily } from '../index.ts';
import { renderMarker, type MarkerShape, type ScannedMarker } from './scan-markers.ts';
import type { LevelEdge, RawFinding } from './sequence-checks.ts';
import type { NumberingScheme } from './types.ts';

const FULL_OPEN = '（';
const FULL_CLOSE = '）';
const isFullWidth = (ch: string): boolean => ch === FULL_OPEN || ch === FULL_CLOSE;

/** The marker with its brackets made full-width and stray punctuation dropped (the GB/T form). */
function gbtForm(m: ScannedMarker): string {
  const s = m.shape;
  switch (m.family) {
    case 'cn-dun': return renderMarker(m.family, m.ordinal, { ...s, punct: '、' });
    case 'ar-dot': return renderMarker(m.family, m.ordinal, { ...s, punct: s.punct === '．' ? '．' : '.' });
    case 'cn-paren':
    case 'ar-paren': return renderMarker(m.family, m.ordinal, { ...s, open: FULL_OPEN, close: FULL_CLOSE, punct: '' });
    default: return renderMarker(m.family, m.ordinal, { ...s, punct: '' });
  }
}

/** Slips in one marker's writing that no scheme allows. */
function checkAlwaysWrong(m: ScannedMarker, out: RawFinding[]): void {
  const s = m.shape;
  if (m.family === 'cn-dun' && s.punct !== '、') {
    out.push({ rule: 'cn-punct', marker: m, expected: renderMarker(m.family, m.ordinal, { ...s, punct: '、' }), other: null });
  }
  const bracketed = m.family === 'cn-paren' || m.family === 'ar-paren' || m.family === 'circled';
  if (bracketed && s.punct !== '') {
    out.push({ rule: 'stray-punct', marker: m, expected: renderMarker(m.family, m.ordinal, { ...s, punct: '' }), other: null });
  }
  if ((m.family === 'cn-paren' || m.family === 'ar-paren') && s.open !== '' && isFullWidth(s.open) !== isFullWidth(s.close)) {
    out.push({ rule: 'bracket-mismatch', marker: m, expected: gbtForm(m), other: null });
  }
}

/** Departures from GB/T 9704's 一、 （一） 1. （1）. */
function checkGbtForm(m: ScannedMarker, out: RawFinding[]): void {
  const s = m.shape;
  if (m.family === 'ar-dot' && s.punct !== '.' && s.punct !== '．') {
    out.push({ rule: 'ar-punct', marker: m, expected: gbtForm(m), other: null });
  }
  if (m.family !== 'cn-paren' && m.family !== 'ar-paren') return;
  if (s.open === '') {
    out.push({ rule: 'paren-form', marker: m, expected: gbtForm(m), other: null });
  } else if (!isFullWidth(s.open) && !isFullWidth(s.close)) {
    out.push({ rule: 'half-width-bracket', marker: m, expected: gbtForm(m), other: null });
  }
}

/** The part of a marker's writing the page scheme keeps consistent, or null when a slip rule covers it. */
function styleKey(m: ScannedMarker): string | null {
  const s = m.shape;
  switch (m.family) {
    case 'ar-dot': return s.punct === '．' ? '.' : s.punct;
    case 'cn-paren':
    case 'ar-paren':
      if (s.open !== '' && isFullWidth(s.open) !== isFullWidth(s.close)) return null;
      return (s.open === '' ? 'close-' : '') + (isFullWidth(s.close) ? 'full' : 'half');
    default: return null;
  }
}

function shapeForKey(m: ScannedMarker, key: string): MarkerShape {
  if (m.family === 'ar-dot') return { ...m.shape, punct: key };
  const full = key.endsWith('full');
  return { ...m.shape, open: key.startsWith('close-') ? '' : full ? FULL_OPEN : '(', close: full ? FULL_CLOSE : ')', punct: '' };
}

/** Under the page scheme: a marker written unlike most markers of its kind in the document. */
function checkConsistency(markers: readonly ScannedMarker[], out: RawFinding[]): void {
  const counts = new Map<MarkerFamily, Map<string, number>>();
  for (const m of markers) {
    const key = styleKey(m);
    if (key === null) continue;
    const byKey = counts.get(m.family) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    counts.set(m.family, byKey);
  }
  const usual = new Map<MarkerFamily, string>();
  for (const [family, byKey] of counts) {
    // Ties go to the GB/T form: a draft split half and half is corrected towards the convention.
    const gbKey = family === 'ar-dot' ? '.' : 'full';
    const best = [...byKey].sort((a, b) => b[1] - a[1] || (a[0] === gbKey ? -1 : b[0] === gbKey ? 1 : 0))[0];
    if (best) usual.set(family, best[0]);
  }
  for (const m of markers) {
    const key = styleKey(m);
    const major = usual.get(m.family);
    if (key === null || major === undefined || key === major) continue;
    out.push({ rule: 'form-inconsistent', marker: m, expected: renderMarker(m.family, m.ordinal, shapeForKey(m, major)), other: null });
  }
}

/** Levels out of order: under gbt, a higher GB/T level under a lower one; under page, against the draft's usual order. */
function checkLevelOrder(edges: readonly LevelEdge[], scheme: NumberingScheme, out: RawFinding[]): void {
  const rank = (f: MarkerFamily): number => GB_RANK[f] ?? 99;
  const pairs = new Map<string, number>();
  const pairKey = (a: MarkerFamily, b: MarkerFamily): string => `${a}>${b}`;
  for (const e of edges) pairs.set(pairKey(e.parent.family, e.child.family), (pairs.get(pairKey(e.parent.family, e.child.family)) ?? 0) + 1);
  for (const e of edges) {
    const inverted = rank(e.child.family) < rank(e.parent.family);
    let wrong: boolean;
    if (scheme === 'gbt') {
      wrong = inverted;
    } else {
      const here = pairs.get(pairKey(e.parent.family, e.child.family)) ?? 0;
      const reverse = pairs.get(pairKey(e.child.family, e.parent.family)) ?? 0;
      wrong = inverted && reverse > here;
    }
    if (wrong) out.push({ rule: 'level-order', marker: e.child, expected: null, other: e.parent });
  }
}

/** Every form finding of the accepted markers and level edges of a document. */
export function checkForms(markers: readonly ScannedMarker[], edges: readonly LevelEdge[], scheme: NumberingScheme): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of markers) {
    checkAlwaysWrong(m, out);
    if (scheme === 'gbt') checkGbtForm(m, out);
  }
  if (scheme === 'page') checkConsistency(markers, out);
  checkLevelOrder(edges, scheme, out);
  return out;
}
