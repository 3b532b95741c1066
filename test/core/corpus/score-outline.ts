/**
 * Scores an outline against a labelled .spk file the way shared/tools/evaluate.py
 * does: an order-preserving alignment of gold and found points (same ordinal,
 * titles agreeing on their first characters), then F1 over all points and the
 * share of matched points hanging under the right parent.
 */
import type { OutlineDocument, OutlinePoint } from '../../../core/index.ts';
import type { GoldPoint } from './read-spk.ts';

/** A found point flattened with the index of its parent in the flat list. */
interface FlatPoint {
  ordinal: number;
  title: string;
  inline: boolean;
  depth: number;
  parent: number | null;
}

/** What a corpus text scores. */
export interface CorpusScore {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  parentAccuracy: number;
  /** Gold points with the wrong parent or not found, for a readable failure message. */
  misses: string[];
}

function normalise(s: string): string {
  let t = s.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const lead of ['就是要', '就是', '要', '是']) {
    if (t.startsWith(lead) && t.length > lead.length) {
      t = t.slice(lead.length);
      break;
    }
  }
  return t;
}

function flatten(doc: OutlineDocument): FlatPoint[] {
  const out: FlatPoint[] = [];
  const walk = (points: OutlinePoint[], parent: number | null): void => {
    for (const p of points) {
      // The corpus was labelled before ——-led paragraphs were read as points: leave them
      // out (their children count under the dash point's parent) rather than count them wrong.
      if (p.marker === '——') {
        walk(p.children, parent);
        continue;
      }
      out.push({ ordinal: p.ordinal, title: p.title, inline: p.inline, depth: p.depth, parent });
      walk(p.children, out.length - 1);
    }
  };
  doc.sections.forEach((s) => walk(s.points, null));
  return out;
}

function compatible(g: GoldPoint, p: FlatPoint): boolean {
  if (g.ordinal !== p.ordinal && !(g.family === 'sq' && (p.ordinal === g.ordinal || p.ordinal === 99 || g.ordinal === 99))) return false;
  const a = normalise(g.title);
  const b = normalise(p.title);
  if (!a || !b) return a === b;
  const k = Math.min(4, a.length, b.length);
  return a.slice(0, k) === b.slice(0, k);
}

/** Scores `doc` against the gold points of one corpus text. */
export function scoreOutline(gold: GoldPoint[], doc: OutlineDocument): CorpusScore {
  const found = flatten(doc);
  const n = gold.length;
  const m = found.length;
  // Longest common subsequence over the compatibility relation (one row per gold point).
  const table: Int32Array[] = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Int32Array;
    const below = table[i + 1] as Int32Array;
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(below[j] ?? 0, row[j + 1] ?? 0);
      row[j] = compatible(gold[i] as GoldPoint, found[j] as FlatPoint) ? Math.max(skip, (below[j + 1] ?? 0) + 1) : skip;
    }
  }
  const match = new Map<number, number>();
  const reverse = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    const here = (table[i] as Int32Array)[j] ?? 0;
    if (compatible(gold[i] as GoldPoint, found[j] as FlatPoint) && here === ((table[i + 1] as Int32Array)[j + 1] ?? 0) + 1) {
      match.set(i, j);
      reverse.set(j, i);
      i++;
      j++;
    } else if (((table[i + 1] as Int32Array)[j] ?? 0) >= ((table[i] as Int32Array)[j + 1] ?? 0)) i++;
    else j++;
  }
  let parentsRight = 0;
  const misses: string[] = [];
  gold.forEach((g, gi) => {
    const label = `${g.marker}${g.title.slice(0, 12)}`;
    const pi = match.get(gi);
    if (pi === undefined) {
      misses.push(`not found: ${label}`);
      return;
    }
    const p = found[pi] as FlatPoint;
    const accepted = new Set([g.parent, g.altParent].filter((x): x is number => x !== null && x !== undefined));
    const right = p.parent === null ? g.parent === null : accepted.has(reverse.get(p.parent) ?? -1);
    if (right) parentsRight++;
    else misses.push(`wrong parent: ${label} (under ${p.parent === null ? 'nothing' : found[p.parent]?.title.slice(0, 12)})`);
  });
  const recall = n ? match.size / n : 1;
  const precision = m ? reverse.size / m : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: n, found: m, matched: match.size, precision, recall, f1, parentAccuracy: match.size ? parentsRight / match.size : 1, misses };
}
