/**
 * What the in-page annotator asks of storage, as one interface so the flow can
 * be tested with an in-memory stand-in. The real one sends the protocol's
 * messages to the background, which lets a tab touch only its own page's notes.
 */
import type { Annotation } from '../../../core/annotation-types.ts';
import type { AnnotationChanges, AnnotationDraft } from '../../../protocol/annotation-wire.ts';
import { sendMessage } from '../../../protocol/send.ts';
import { type Result } from '../../../protocol/result.ts';

/** The annotator's view of storage. Every call resolves to a Result, never throws. */
export interface AnnotationApi {
  list(url: string): Promise<Result<Annotation[]>>;
  /** Saves a new annotation, or puts a deleted record back (undo). */
  save(annotation: AnnotationDraft, pageTitle: string): Promise<Result<Annotation>>;
  update(id: string, changes: AnnotationChanges): Promise<Result<Annotation>>;
  /** Deletes; the reply is the deleted record, which `save` restores. */
  remove(id: string): Promise<Result<Annotation>>;
}

/** The AnnotationApi of the running extension. */
export const extensionAnnotationApi: AnnotationApi = {
  list: (url) => sendMessage('annotation/list', { url }),
  save: (annotation, title) => sendMessage('annotation/save', { annotation, page: { title } }),
  update: (id, changes) => sendMessage('annotation/update', { id, changes }),
  remove: (id) => sendMessage('annotation/delete', { id }),
};
