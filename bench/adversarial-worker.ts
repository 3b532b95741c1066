/**
 * Runs one adversarial text through the engine in a worker thread, so the
 * benchmark can stop it when it takes too long (synchronous code cannot be
 * interrupted from its own thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { blocksFromPlainText, countPoints, extractOutline, toOutlineDocument } from '../core/index.ts';
import { ADVERSARIAL_PATTERNS, buildAdversarialText, byteSize, type AdversarialPattern } from './adversarial-texts.ts';
import { scanMarkers } from './baseline.ts';

/** What the benchmark asks the worker to run. */
export interface AdversarialJob {
  pattern: AdversarialPattern | 'all';
  bytes: number;
}

/** What the worker reports back. */
export interface AdversarialResult {
  ms: number;
  baselineMs: number;
  bytes: number;
  chars: number;
  points: number;
}

const job = workerData as AdversarialJob;
const text = job.pattern === 'all' ? buildAdversarialText(job.bytes) : ADVERSARIAL_PATTERNS[job.pattern](job.bytes);

let start = performance.now();
const hits = scanMarkers(text);
const baselineMs = performance.now() - start;

start = performance.now();
const outline = extractOutline(blocksFromPlainText(text), { title: `adversarial ${job.pattern}`, url: null });
const ms = performance.now() - start;

const result: AdversarialResult = {
  ms,
  baselineMs,
  bytes: byteSize(text),
  chars: text.length + (hits & 0),
  points: countPoints(toOutlineDocument(outline)),
};
parentPort?.postMessage(result);
