/**
 * The number sequence of each level: skipped, repeated and backward numbers,
 * levels with a single item, and which level sits under which. Two models, as
 * drafts use them: paragraph-start 一、 （一） 1. （1） ① form the document's
 * levels (a stack of open runs, as the engine nests them); 一是/第一/其一 and
 * inline （1）…（2） form runs inside the current point, which every new
 * paragraph-start point ends.
 */
import type { MarkerFamily } from '../index.ts';
import { renderMarker, type MarkerShape, type ScannedMarker } from './scan-markers.ts';
import type { NumberingRuleId } from './types.ts';

/** A finding before it is placed and worded for the reader. */
export interface RawFinding {
  rule: NumberingRuleId;
  marker: ScannedMarker;
  expected: string | null;
  /** The other marker the message names (the one before, the parent), if any. */
  other: ScannedMarker | null;
}

/** A run that starts under a point of another family: parent → first child. */
export interface LevelEdge {
  parent: ScannedMarker;
  child: ScannedMarker;
}

/** What the sequence pass leaves for the form checks. */
export interface SequenceResult {
  findings: RawFinding[];
  /** Markers that take part in numbering (lone inline look-alikes are left out). */
  accepted: ScannedMarker[];
  edges: LevelEdge[];
}

/** Families that make the document's levels when they start a paragraph. */
const STRUCTURAL: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'circled']);

/** A jump larger than this is not read as a skipped number but as something else that looks like one. */
const MAX_GAP = 3;

interface Run {
  family: MarkerFamily;
  items: ScannedMarker[];
  /** Numbers the previous item may stand for: as written and, after a slip, as it should read. */
  previous: number[];
  /** The run continues the numbering of a run closed under the previous parent (1. 2. | 3. 4.). */
  continuing: boolean;
}

/** The usual form of a marker with number `ordinal`: its own shape, without stray punctuation. */
export function expectedMarker(m: ScannedMarker, ordinal: number): string {
  const bracketed = m.family === 'cn-paren' || m.family === 'ar-paren' || m.family === 'circled';
  const shape: MarkerShape = bracketed ? { ...m.shape, punct: '' } : m.shape;
  return renderMarker(m.family, ordinal, shape);
}

/** Compares `m` with the run it continues; returns false when it does not belong to the run at all. */
function follow(run: Run, m: ScannedMarker, findings: RawFinding[], inner: boolean): boolean {
  const last = run.items[run.items.length - 1] as ScannedMarker;
  const next = Math.min(...run.previous) + 1;
  // Inside a point, a second 一是 starts a new run unless it stands in the same paragraph as the first.
  const local = !inner || last.block === m.block;
  if (run.previous.some((p) => m.ordinal === p + 1)) {
    run.previous = [m.ordinal];
  } else if (m.ordinal === last.ordinal && (m.ordinal > 1 || local)) {
    findings.push({ rule: 'repeated-number', marker: m, expected: expectedMarker(m, next), other: last });
    run.previous = [m.ordinal, next];
  } else if (m.ordinal > next && m.ordinal <= next + MAX_GAP) {
    findings.push({ rule: 'skipped-number', marker: m, expected: expectedMarker(m, next), other: last });
    run.previous = [m.ordinal, next];
  } else if (m.ordinal < next && m.ordinal > 1 && local) {
    findings.push({ rule: 'out-of-order', marker: m, expected: expectedMarker(m, next), other: last });
    run.previous = [m.ordinal, next];
  } else {
    return false;
  }
  run.items.push(m);
  return true;
}

/** Runs both models over one section's markers. */
export function checkSequences(markers: readonly ScannedMarker[]): SequenceResult {
  const findings: RawFinding[] = [];
  const accepted: ScannedMarker[] = [];
  const edges: LevelEdge[] = [];
  const stack: Run[] = [];
  const lastClosed = new Map<MarkerFamily, number>();
  let inner = new Map<MarkerFamily, Run>();

  const close = (run: Run): void => {
    const only = run.items[0] as ScannedMarker;
    lastClosed.set(run.family, Math.max(...run.previous));
    if (run.items.length === 1 && !run.continuing && only.ordinal === 1) {
      findings.push({ rule: 'single-item', marker: only, expected: null, other: null });
    }
  };
  const closeInner = (): void => {
    for (const run of inner.values()) if (run.items.length >= 2) accepted.push(...run.items);
    inner = new Map();
  };

  for (const m of markers) {
    if (STRUCTURAL.has(m.family) && !m.inline) {
      let k = stack.map((r) => r.family).lastIndexOf(m.family);
      // A new 一、 list under a deeper open point is a nested list (old reports number 三、 > （一） > 一、),
      // not a restart of the level above.
      if (k >= 0 && k < stack.length - 1 && m.ordinal === 1 && !(stack[k] as Run).previous.includes(1)) k = -1;
      if (k >= 0) {
        const run = stack[k] as Run;
        if (m.loose && !run.previous.some((p) => m.ordinal === p + 1)) continue;
        closeInner();
        for (const above of stack.splice(k + 1)) close(above);
        if (m.ordinal === 1 && !run.previous.includes(1)) {
          // A fresh list of the same level under the same point (two 1. 2. lists under one 一、).
          close(run);
          stack[k] = { family: m.family, items: [m], previous: [1], continuing: false };
        } else if (!follow(run, m, findings, false)) {
          continue;
        }
        accepted.push(m);
        continue;
      }
      if (m.loose) continue;
      const continuing = m.ordinal > 1 && lastClosed.get(m.family) === m.ordinal - 1;
      if (m.ordinal > 1 && !continuing) {
        if (m.ordinal > MAX_GAP) continue;
        findings.push({ rule: 'skipped-number', marker: m, expected: expectedMarker(m, 1), other: null });
      }
      closeInner();
      const parent = stack[stack.length - 1];
      if (parent) edges.push({ parent: parent.items[parent.items.length - 1] as ScannedMarker, child: m });
      stack.push({ family: m.family, items: [m], previous: [m.ordinal], continuing });
      accepted.push(m);
      continue;
    }
    if (m.loose) continue;
    const run = inner.get(m.family);
    if (run && follow(run, m, findings, true)) continue;
    if (m.ordinal === 1) inner.set(m.family, { family: m.family, items: [m], previous: [1], continuing: false });
  }
  closeInner();
  for (const run of stack.reverse()) close(run);
  return { findings, accepted, edges };
}
