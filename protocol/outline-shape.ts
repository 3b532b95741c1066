/**
 * Shape checks for outline-format v1 documents that arrive in messages. The
 * engine's types say what a document is; these checks make sure a value from
 * another context really is one before the background stores or counts it.
 */
import type { OutlineDocument, OutlinePoint } from '../core/index.ts';
import { isRecord } from './result.ts';

/** Deepest nesting accepted; real outlines have 4–5 levels, this only stops runaway input. */
const MAX_DEPTH = 32;

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** True when `v` is an outline-format v1 point whose children are points too. */
export function isOutlinePoint(v: unknown, level = 1): v is OutlinePoint {
  if (level > MAX_DEPTH || !isRecord(v)) return false;
  return (
    typeof v.marker === 'string' &&
    typeof v.ordinal === 'number' &&
    typeof v.depth === 'number' &&
    typeof v.inline === 'boolean' &&
    typeof v.title === 'string' &&
    typeof v.text === 'string' &&
    Array.isArray(v.children) &&
    v.children.every((c) => isOutlinePoint(c, level + 1))
  );
}

/** True when `v` is an outline-format v1 document. */
export function isOutlineDocument(v: unknown): v is OutlineDocument {
  if (!isRecord(v)) return false;
  if (v.format !== 'speech-outline' || v.version !== 1) return false;
  if (typeof v.title !== 'string' || !(typeof v.url === 'string' || v.url === null)) return false;
  const d = v.detection;
  if (!isRecord(d) || typeof d.isSpeechPage !== 'boolean' || typeof d.confidence !== 'number' || !isStringArray(d.signals)) return false;
  return (
    Array.isArray(v.sections) &&
    v.sections.every((s) => isRecord(s) && typeof s.title === 'string' && Array.isArray(s.points) && s.points.every((p) => isOutlinePoint(p)))
  );
}
