import type { Annotation } from '../../core/annotation-types.ts';
import {
  annotationFacets, deleteAnnotation, deleteOutline, listAnnotations, listOutlines, listPageAnnotations, renameOutline, restoreOutline, saveOutline, updateAnnotation,
} from '../../storage/annotation-store.ts';
import type { SpeechOutlineDB } from '../../storage/db.ts';
import { listTrash, purgeTrash, restoreFromTrash } from '../../storage/trash-store.ts';
import { tokenizeNgrams } from '../../core/tokenize/ngram.ts';
import { INDEX_NGRAM } from '../../storage/search-fields.ts';
import { indexProgress } from '../../storage/search-indexer.ts';
import { searchRecords } from '../../storage/search-query.ts';
import type { Result } from '../../protocol/result.ts';
import { isWebPage, type NotesApi } from '../../pages/notes-api.ts';

async function result<T>(work: Promise<T | null>, missing = 'not found'): Promise<Result<T>> {
  try {
    const value = await work;
    return value === null ? { ok: false, error: missing } : { ok: true, value };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** A NotesApi working straight on a (fake) database, recording which notes were revealed. */
export function notesApiOn(db: SpeechOutlineDB): NotesApi & { revealed: Annotation[]; opened: string[]; shown: Array<{ tabId: number; index: number; marker: string; title: string }> } {
  const revealed: Annotation[] = [];
  const opened: string[] = [];
  const shown: Array<{ tabId: number; index: number; marker: string; title: string }> = [];
  return {
    revealed,
    opened,
    shown,
    list: (filters, offset, limit) => result(listAnnotations(db, filters, offset, limit)),
    listPage: (url) => result(listPageAnnotations(db, url)),
    facets: () => result(annotationFacets(db)),
    update: (id, changes) => result(updateAnnotation(db, id, changes)),
    remove: (id) => result(deleteAnnotation(db, id)),
    restore: (id) => result(restoreFromTrash(db, id)),
    listTrash: () => result(listTrash(db)),
    purgeTrash: (ids) => result(purgeTrash(db, ids).then((removed) => ({ removed }))),
    listOutlines: (url) => result(listOutlines(db, url)),
    saveOutline: (outline) => result(saveOutline(db, { ...outline, url: outline.url ?? '' })),
    renameOutline: (id, name) => result(renameOutline(db, id, name)),
    deleteOutline: (id) => result(deleteOutline(db, id)),
    restoreOutline: (saved) => result(restoreOutline(db, saved)),
    openPage: async (url) => {
      if (isWebPage(url)) opened.push(url);
    },
    showPoint: async (tabId, index, point) => {
      shown.push({ tabId, index, ...point });
      return true;
    },
    reveal: async (a) => {
      revealed.push(a);
    },
    // Without jieba, as in a background whose WASM has not loaded: records are found by the n-gram and scan paths.
    search: (q, filters, limit) => result(searchRecords(db, { q, filters, limit }, { jieba: null, ngram: tokenizeNgrams(q, 'search') })),
    indexStatus: () => result(indexProgress(db, INDEX_NGRAM).then((p) => ({ ...p, tokenizer: 'ngram' as const }))),
  };
}
