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

/** The exported file: an AnnotationCollection with one page holding every annotation. */
export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
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
    target: { source: a.url, selector: a.selectors.map((s) => ({ ...s })) },
  };
}

/** The annotations as one JSON-LD AnnotationCollection (by page, in page order), pretty-printed, ending with a newline. */
export function buildWebAnnotationJson(annotations: readonly Annotation[], label = '讲话提纲助手 笔记'): string {
  const pages = [...new Set(annotations.map((a) => a.url))];
  const items = pages.flatMap((url) => sortByPagePosition(annotations.filter((a) => a.url === url))).map(toWebAnnotation);
  const collection: WebAnnotationCollection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
