/**
 * parseMessage's part for the annotation and saved-outline messages: checks
 * every field of `data` (types and sizes) and returns the cleaned message.
 */
import { countPoints } from '../core/index.ts';
import { checkAnnotationChanges, checkAnnotationDraft, checkAnnotationFilters, isListOffset, isPageSize, isPageTitle, isPageUrl, isRecordId } from './annotation-checks.ts';
import type { Message, Result } from './messages.ts';
import { isOutlineDocument } from './outline-shape.ts';

/** The messages this module checks. */
export type AnnotationMessageType =
  | 'annotation/save'
  | 'annotation/update'
  | 'annotation/delete'
  | 'annotation/list'
  | 'annotation/list-all'
  | 'annotation/facets'
  | 'annotation/reveal'
  | 'outline/save'
  | 'outline/list'
  | 'outline/delete';

/** Every annotation message type, for listeners that answer only these. */
export const ANNOTATION_MESSAGE_TYPES: readonly AnnotationMessageType[] = [
  'annotation/save', 'annotation/update', 'annotation/delete', 'annotation/list', 'annotation/list-all',
  'annotation/facets', 'annotation/reveal', 'outline/save', 'outline/list', 'outline/delete',
];

/** True for the type of an annotation or saved-outline message. */
export function isAnnotationMessageType(type: unknown): type is AnnotationMessageType {
  return (ANNOTATION_MESSAGE_TYPES as readonly unknown[]).includes(type);
}

/** Most points a saved outline may have (real speeches have a few hundred). */
const MAX_SAVED_POINTS = 10_000;

const no = (error: string): Result<never> => ({ ok: false, error });
const yes = (message: Message): Result<Message> => ({ ok: true, value: message });

/** Checks the `data` of an annotation or saved-outline message. */
export function parseAnnotationMessage(type: AnnotationMessageType, data: Record<string, unknown>): Result<Message> {
  switch (type) {
    case 'annotation/save': {
      const draft = checkAnnotationDraft(data.annotation);
      if (!draft.ok) return no(`${type}: ${draft.error}`);
      const page = data.page;
      const title = typeof page === 'object' && page !== null ? (page as Record<string, unknown>).title : undefined;
      if (!isPageTitle(title)) return no(`${type}: page.title must be a string of at most 1000 characters`);
      return yes({ type, data: { annotation: draft.value, page: { title } } });
    }
    case 'annotation/update': {
      if (!isRecordId(data.id)) return no(`${type}: id is not a record id`);
      const changes = checkAnnotationChanges(data.changes);
      if (!changes.ok) return no(`${type}: ${changes.error}`);
      return yes({ type, data: { id: data.id, changes: changes.value } });
    }
    case 'annotation/delete':
    case 'annotation/reveal':
    case 'outline/delete':
      if (!isRecordId(data.id)) return no(`${type}: id is not a record id`);
      return yes({ type, data: { id: data.id } } as Message);
    case 'annotation/list':
      if (!isPageUrl(data.url)) return no(`${type}: url is not a page address`);
      return yes({ type, data: { url: data.url } });
    case 'annotation/list-all': {
      const filters = checkAnnotationFilters(data.filters);
      if (!filters.ok) return no(`${type}: ${filters.error}`);
      if (!isListOffset(data.offset)) return no(`${type}: offset is not a list offset`);
      if (!isPageSize(data.limit)) return no(`${type}: limit must be 1–500`);
      return yes({ type, data: { filters: filters.value, offset: data.offset, limit: data.limit } });
    }
    case 'annotation/facets':
      return yes({ type, data: {} });
    case 'outline/save': {
      const outline = data.outline;
      if (!isOutlineDocument(outline)) return no(`${type}: outline is not a speech-outline v1 document`);
      if (!isPageUrl(outline.url)) return no(`${type}: outline.url is not a page address`);
      if (outline.title.length > 1000) return no(`${type}: outline.title is too long`);
      if (countPoints(outline) > MAX_SAVED_POINTS) return no(`${type}: the outline has more than ${MAX_SAVED_POINTS} points`);
      return yes({ type, data: { outline } });
    }
    case 'outline/list':
      if (data.url !== null && !isPageUrl(data.url)) return no(`${type}: url is neither a page address nor null`);
      return yes({ type, data: { url: data.url } });
  }
}
