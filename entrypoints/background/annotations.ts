/**
 * The background's answers to annotation and saved-outline messages, on the
 * extension's own database. Content scripts may only read and change the
 * records of the page they run in; the notes list and deletions of saved
 * outlines are for extension pages (popup, library) only.
 */
import { browser } from 'wxt/browser';
import {
  annotationFacets, deleteAnnotation, deleteOutline, listAnnotations, listOutlines, listPageAnnotations, pageKey,
  saveAnnotation, saveOutline, updateAnnotation,
} from '../../storage/annotation-store.ts';
import { getDatabase, type SpeechOutlineDB } from '../../storage/db.ts';
import { storageErrorMessage } from '../../storage/errors.ts';
import { ANNOTATION_MESSAGE_TYPES, type AnnotationMessageType } from '../../protocol/annotation-messages.ts';
import { fail, listenForMessagesOf, ok, type Message, type MessageSender, type Result } from '../../protocol/messages.ts';
import type { Tokenize } from '../../storage/search-fields.ts';
import { tokenizeForWrite } from './search.ts';

/** True when the sender is one of the extension's own pages rather than a content script. */
function fromExtensionPage(sender: MessageSender): boolean {
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return true;
  return sender.tab === undefined;
}

/** True when `sender` may touch records of page `url`: extension pages any, a content script only its own page's. */
function mayTouch(sender: MessageSender, url: string): boolean {
  if (fromExtensionPage(sender)) return true;
  const tabUrl = sender.tab?.url;
  return tabUrl !== undefined && pageKey(tabUrl) === pageKey(url);
}

/** Builds the handler of the annotation messages, working on `db`; `tokenize` gives written records their search tokens (else the indexer does, later). */
export function createAnnotationHandler(db: SpeechOutlineDB, tokenize?: Tokenize): (message: Message<AnnotationMessageType>, sender: MessageSender) => Promise<Result<unknown>> {
  return async (message, sender) => {
    try {
      return await handle(db, message, sender, tokenize);
    } catch (error) {
      // Quota and other storage failures reach the reader as a sentence, never as a lost note.
      return fail(storageErrorMessage(error));
    }
  };
}

async function handle(db: SpeechOutlineDB, message: Message<AnnotationMessageType>, sender: MessageSender, tokenize: Tokenize | undefined): Promise<Result<unknown>> {
  const pagesOnly = (what: string) => fail(`${what} is only answered to extension pages`);
  switch (message.type) {
    case 'annotation/save': {
      const { annotation, page } = message.data;
      if (!mayTouch(sender, annotation.url)) return fail('annotation/save: a page may only annotate itself');
      if (annotation.id !== undefined && !fromExtensionPage(sender)) {
        const existing = await db.annotations.get(annotation.id);
        if (existing && !mayTouch(sender, existing.url)) return fail('annotation/save: that id belongs to another page');
      }
      return ok(await saveAnnotation(db, annotation, page.title, Date.now(), tokenize));
    }
    case 'annotation/update': {
      const existing = await db.annotations.get(message.data.id);
      if (!existing) return fail('annotation/update: no such annotation');
      if (!mayTouch(sender, existing.url)) return fail('annotation/update: a page may only change its own annotations');
      const updated = await updateAnnotation(db, message.data.id, message.data.changes, Date.now(), tokenize);
      return updated ? ok(updated) : fail('annotation/update: no such annotation');
    }
    case 'annotation/delete': {
      const existing = await db.annotations.get(message.data.id);
      if (!existing) return fail('annotation/delete: no such annotation');
      if (!mayTouch(sender, existing.url)) return fail('annotation/delete: a page may only delete its own annotations');
      const deleted = await deleteAnnotation(db, message.data.id);
      return deleted ? ok(deleted) : fail('annotation/delete: no such annotation');
    }
    case 'annotation/list':
      if (!mayTouch(sender, message.data.url)) return fail('annotation/list: a page may only list its own annotations');
      return ok(await listPageAnnotations(db, message.data.url));
    case 'annotation/list-all':
      if (!fromExtensionPage(sender)) return pagesOnly('annotation/list-all');
      return ok(await listAnnotations(db, message.data.filters, message.data.offset, message.data.limit));
    case 'annotation/facets':
      if (!fromExtensionPage(sender)) return pagesOnly('annotation/facets');
      return ok(await annotationFacets(db));
    case 'annotation/reveal':
      return fail('annotation/reveal is answered by the content script of the tab, not the background');
    case 'outline/save': {
      const { outline } = message.data;
      if (outline.url === null) return fail('outline/save: the outline has no url');
      if (!mayTouch(sender, outline.url)) return fail('outline/save: a page may only save its own outline');
      return ok(await saveOutline(db, { ...outline, url: outline.url }, Date.now(), tokenize));
    }
    case 'outline/list':
      if (message.data.url === null ? !fromExtensionPage(sender) : !mayTouch(sender, message.data.url)) return fail('outline/list: a page may only list its own outlines');
      return ok(await listOutlines(db, message.data.url));
    case 'outline/delete': {
      if (!fromExtensionPage(sender)) return pagesOnly('outline/delete');
      const deleted = await deleteOutline(db, message.data.id);
      return deleted ? ok(deleted) : fail('outline/delete: no such outline');
    }
  }
}

/** Answers the annotation messages from the extension's database. */
export function setupAnnotations(db: SpeechOutlineDB = getDatabase(), tokenize: Tokenize = tokenizeForWrite): () => void {
  return listenForMessagesOf(ANNOTATION_MESSAGE_TYPES, createAnnotationHandler(db, tokenize));
}
