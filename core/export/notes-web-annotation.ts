/**
 * Notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/),
 * which annotation tools that speak the standard can import.
 */
import type { Annotation, Selector } from '../annotation-types.ts';
import { sortByPagePosition } from './annotation-groups.ts';

/** A TextualBody: the note (commenting), a tag (tagging) or the 金句 mark (classifying). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: 'text/plain';
}

/** One annotation in the Web Annotation data model. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: Selector[] };
}

/** The one page of an exported collection. */
export interface WebAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

/** The exported file: an AnnotationCollection with one page holding every annotation. */
export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: WebAnnotationPage;
  last: string;
}

/** Options for buildWebAnnotationJson. */
export interface WebAnnotationOptions {
  /** The collection's label; default 讲话提纲助手 笔记. */
  label?: string;
  /** The collection's IRI; default a new urn:uuid. Its page is `<id>#page1`. */
  id?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Converts one annotation: the note as a commenting body, each tag as a
 * tagging body, 金句 as a classifying body; the target is the page with the
 * stored selectors (alternatives for the same text, as the model allows).
 */
export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note.trim() !== '') body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) if (tag.trim() !== '') body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (a.kind === 'golden') body.push({ type: 'TextualBody', value: '金句', purpose: 'classifying' });
  return {
    id: UUID.test(a.id) ? `urn:uuid:${a.id.toLowerCase()}` : a.id,
    type: 'Annotation',
    motivation: a.note.trim() !== '' ? 'commenting' : 'highlighting',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    ...(body.length > 0 ? { body } : {}),
    target: { source: normalizeSource(a.url), selector: a.selectors.map((s) => ({ ...s })) },
  };
}

/**
 * The annotations as one JSON-LD AnnotationCollection (by page, in page
 * order), pretty-printed, ending with a newline. The collection and its page
 * carry the `id` the Web Annotation model requires of them (§5.1, §5.2).
 */
export function buildWebAnnotationJson(annotations: readonly Annotation[], options: WebAnnotationOptions = {}): string {
  const pages = [...new Set(annotations.map((a) => normalizeSource(a.url)))];
  const items = pages.flatMap((url) => sortByPagePosition(annotations.filter((a) => normalizeSource(a.url) === url))).map(toWebAnnotation);
  const id = options.id ?? `urn:uuid:${randomUuid()}`;
  const page = `${id}#page1`;
  const collection: WebAnnotationCollection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: options.label ?? '讲话提纲助手 笔记',
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: page,
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

/**
 * The page address as the annotation's target source: parsed and written back
 * the WHATWG way (lower-case scheme and host, default port and dot segments
 * dropped, non-ASCII percent-encoded) without its fragment, so one page is
 * one source however its address was typed. Text that is no URL stays as is.
 */
export function normalizeSource(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** A version-4 UUID. randomUUID exists only in secure contexts; a content script on an http: page has getRandomValues alone. */
function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
