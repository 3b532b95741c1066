/**
 * The background's answers to annotation and saved-outline messages, on the
 * extension's own database. Content scripts and the note frames may only read
 * and change the records of their tab's page (a frame's change is then told
 * to the tab's top frame, which repaints); the notes list, the 回收站's list and
 * its purge, and deletions of saved outlines are for extension pages (popup, library) only.
 */
import {
  annotationFacets, deleteAnnotation, deleteOutline, listAnnotations, listOutlines, listPageAnnotations, renameOutline, restoreOutline, saveAnnotation, saveOutline, updateAnnotation,
} from '../../storage/annotation-store.ts';
import { pageKey } from '../../protocol/annotation-wire.ts';
import { getDatabase, type SpeechOutlineDB } from '../../storage/db.ts';
import { getTrashed, listTrash, purgeTrash, restoreFromTrash } from '../../storage/trash-store.ts';
import { isQuotaError } from '../../storage/errors.ts';
import { t } from '../../i18n/t.ts';
import type { BackgroundHandlers, BackgroundRouter } from '../../protocol/background-messages.ts';
import { fail, ok } from '../../protocol/result.ts';
import { isExtensionFrameInTab, isExtensionPage, type MessageSender } from '../../protocol/transport.ts';
import { sendToTab } from '../../protocol/tab-messages.ts';
import type { Annotation } from '../../core/annotation-types.ts';
import type { AnnotationChange } from '../../protocol/note-frame-wire.ts';
import type { Tokenize } from '../../storage/search-fields.ts';
import { tokenizeForWrite } from './search.ts';

/** True when `sender` may touch records of page `url`: extension pages any, a content script or a note frame only its tab's page's. */
function mayTouch(sender: MessageSender, url: string): boolean {
  if (isExtensionPage(sender)) return true;
  // The tab's address now: Chromium updates sender.tab.url on history.pushState, while
  // sender.url stays the address the document was loaded at (measured in test/e2e/spa-navigation.test.ts).
  const tabUrl = sender.tab?.url;
  return tabUrl !== undefined && pageKey(tabUrl) === pageKey(url);
}

/**
 * A note frame changed an annotation: the top frame of its tab repaints (and
 * closes the editor). The change is stored already; a tab that does not answer
 * finds it on its next visit.
 */
async function tellTopFrame(sender: MessageSender, change: AnnotationChange, annotation: Annotation): Promise<void> {
  if (!isExtensionFrameInTab(sender)) return;
  await sendToTab(sender.tab!.id!, 'annotation/changed', { change, annotation }, 0);
}

/** `handlers` with every storage failure turned into a reply: quota and other failures reach the reader as a sentence, never as a lost note. */
function withStorageErrors(handlers: BackgroundHandlers): BackgroundHandlers {
  const out: Record<string, unknown> = {};
  for (const [type, handle] of Object.entries(handlers)) {
    out[type] = async (data: never, sender: MessageSender) => {
      try {
        return await (handle as (d: never, s: MessageSender) => Promise<unknown>)(data, sender);
      } catch (error) {
        // The storage reports the kind of failure; the reader hears it in words (a full disk, or the error itself).
        return fail(isQuotaError(error) ? t('storageFull') : error instanceof Error ? error.message : String(error));
      }
    };
  }
  return out as BackgroundHandlers;
}

/**
 * The answers to the annotation and saved-outline messages, on `db`; `tokenize`
 * gives written records their search tokens (else the indexer does, later).
 * The router lets only extension pages list every note or delete outlines.
 */
export function annotationHandlers(db: SpeechOutlineDB, tokenize?: Tokenize): BackgroundHandlers {
  return withStorageErrors({
    'annotation/save': async ({ annotation, page }, sender) => {
      if (!mayTouch(sender, annotation.url)) return fail('annotation/save: a page may only annotate itself');
      if (annotation.id !== undefined && !isExtensionPage(sender)) {
        const existing = await db.annotations.get(annotation.id);
        if (existing && !mayTouch(sender, existing.url)) return fail('annotation/save: that id belongs to another page');
      }
      const saved = await saveAnnotation(db, annotation, page.title, Date.now(), tokenize);
      await tellTopFrame(sender, 'saved', saved);
      return ok(saved);
    },
    'annotation/update': async ({ id, changes }, sender) => {
      const existing = await db.annotations.get(id);
      if (!existing) return fail('annotation/update: no such annotation');
      if (!mayTouch(sender, existing.url)) return fail('annotation/update: a page may only change its own annotations');
      const updated = await updateAnnotation(db, id, changes, Date.now(), tokenize);
      if (updated) await tellTopFrame(sender, 'saved', updated);
      return updated ? ok(updated) : fail('annotation/update: no such annotation');
    },
    'annotation/delete': async ({ id }, sender) => {
      const existing = await db.annotations.get(id);
      if (!existing) {
        // A retry whose first try committed (its answer was lost with a stopped worker):
        // the note is in the 回收站 already, so the delete is done; the top frame hears it again.
        const trashed = await getTrashed(db, id);
        if (!trashed) return fail('annotation/delete: no such annotation');
        if (!mayTouch(sender, trashed.url)) return fail('annotation/delete: a page may only delete its own annotations');
        await tellTopFrame(sender, 'deleted', trashed);
        return ok(trashed);
      }
      if (!mayTouch(sender, existing.url)) return fail('annotation/delete: a page may only delete its own annotations');
      const deleted = await deleteAnnotation(db, id);
      if (deleted) await tellTopFrame(sender, 'deleted', deleted);
      return deleted ? ok(deleted) : fail('annotation/delete: no such annotation');
    },
    'annotation/list-trash': async () => ok(await listTrash(db)),
    'annotation/restore': async ({ id }, sender) => {
      const trashed = await getTrashed(db, id);
      if (!trashed) return fail('annotation/restore: no such note in the trash');
      if (!mayTouch(sender, trashed.url)) return fail('annotation/restore: a page may only restore its own annotations');
      const restored = await restoreFromTrash(db, id);
      return restored ? ok(restored) : fail('annotation/restore: no such note in the trash');
    },
    'annotation/empty-trash': async ({ ids }) => ok({ removed: await purgeTrash(db, ids) }),
    'annotation/list': async ({ url }, sender) => {
      if (!mayTouch(sender, url)) return fail('annotation/list: a page may only list its own annotations');
      return ok(await listPageAnnotations(db, url));
    },
    'annotation/list-all': async ({ filters, offset, limit }) => ok(await listAnnotations(db, filters, offset, limit)),
    'annotation/facets': async () => ok(await annotationFacets(db)),
    'outline/save': async ({ outline, name }, sender) => {
      if (outline.url === null) return fail('outline/save: the outline has no url');
      if (!mayTouch(sender, outline.url)) return fail('outline/save: a page may only save its own outline');
      return ok(await saveOutline(db, { ...outline, url: outline.url }, Date.now(), tokenize, name));
    },
    'outline/list': async ({ url }, sender) => {
      if (url === null ? !isExtensionPage(sender) : !mayTouch(sender, url)) return fail('outline/list: a page may only list its own outlines');
      return ok(await listOutlines(db, url));
    },
    'outline/rename': async ({ id, name }) => {
      const renamed = await renameOutline(db, id, name);
      return renamed ? ok(renamed) : fail('outline/rename: no such outline');
    },
    'outline/restore': async ({ saved }) => ok(await restoreOutline(db, saved, tokenize)),
    'outline/delete': async ({ id }) => {
      const deleted = await deleteOutline(db, id);
      return deleted ? ok(deleted) : fail('outline/delete: no such outline');
    },
  });
}

/** Answers the annotation messages from the extension's database. */
export function setupAnnotations(router: BackgroundRouter, db: SpeechOutlineDB = getDatabase(), tokenize: Tokenize = tokenizeForWrite): () => void {
  return router.on(annotationHandlers(db, tokenize));
}
