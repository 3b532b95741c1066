/**
 * The search index's fields on stored records (schema v2): `tokens`, the
 * normalised search-mode words of the record's searchable text, and
 * `indexedWith`, which tokenizer made them. A query must be tokenised the same
 * way as the records it looks up, so records made by the n-gram fallback are
 * re-indexed once jieba is ready, and records still waiting are scanned.
 */
import type { Annotation, PageRecord, SavedOutline } from '../core/annotation-types.ts';
import type { OutlinePoint } from '../core/types.ts';
import type { TokenizerName } from '../core/tokenize/types.ts';

/** Not indexed yet (written by v1, restored from an old backup, or saved without a tokenizer). */
export const INDEX_PENDING = 0;
/** Indexed with the n-gram fallback (jieba was not ready): re-indexed when it is. */
export const INDEX_NGRAM = 1;
/** Indexed with jieba. */
export const INDEX_JIEBA = 2;

/** Which tokenizer indexed a record. */
export type IndexState = typeof INDEX_PENDING | typeof INDEX_NGRAM | typeof INDEX_JIEBA;

/** The index fields a stored record carries besides its own (missing on records restored from a v1 backup). */
export interface SearchFields {
  tokens?: string[];
  indexedWith?: IndexState;
}

/** Tokens of one text and the tokenizer that made them. */
export interface Tokenized {
  tokens: string[];
  tokenizer: TokenizerName;
}

/** Cuts a text into search tokens (jieba's search mode, or the n-gram fallback). */
export type Tokenize = (text: string) => Promise<Tokenized>;

/** The index state a tokenizer's tokens give a record. */
export function indexStateOf(tokenizer: TokenizerName): IndexState {
  return tokenizer === 'jieba' ? INDEX_JIEBA : INDEX_NGRAM;
}

/** What of a note is searched: quote, the reader's note, tags. */
export function annotationSearchTexts(a: Pick<Annotation, 'quote' | 'note' | 'tags'>): string[] {
  return [a.quote, a.note, ...a.tags].filter((t) => t !== '');
}

/** Every point title of a saved outline, depth-first. */
export function outlinePointTitles(o: Pick<SavedOutline, 'outline'>): string[] {
  const titles: string[] = [];
  const walk = (points: readonly OutlinePoint[]) => {
    for (const p of points) {
      if (p.title) titles.push(p.title);
      walk(p.children);
    }
  };
  for (const section of o.outline.sections) walk(section.points);
  return titles;
}

/** What of a saved outline is searched: its point titles. */
export function outlineSearchTexts(o: Pick<SavedOutline, 'outline'>): string[] {
  return outlinePointTitles(o);
}

/** What of a page is searched: its title. */
export function pageSearchTexts(p: Pick<PageRecord, 'title'>): string[] {
  return p.title ? [p.title] : [];
}

/** One string standing for a record's searchable text, to tell whether it changed while tokens were computed. */
export function searchTextKey(texts: readonly string[]): string {
  return texts.join('\u001f');
}

/**
 * The index fields for `texts`: the union of each text's tokens (deduplicated,
 * one index entry per word is enough) and the tokenizer used. When the texts
 * were cut by different tokenizers (jieba finished loading in between) the
 * record counts as n-gram indexed, so it is redone.
 */
export async function buildSearchFields(texts: readonly string[], tokenize: Tokenize): Promise<Required<SearchFields>> {
  const tokens = new Set<string>();
  let state: IndexState = INDEX_JIEBA;
  for (const text of texts) {
    const cut = await tokenize(text);
    for (const t of cut.tokens) tokens.add(t);
    if (cut.tokenizer !== 'jieba') state = INDEX_NGRAM;
  }
  return { tokens: [...tokens], indexedWith: state };
}

/** The fields of a record waiting for the background indexer. */
export function pendingSearchFields(): Required<SearchFields> {
  return { tokens: [], indexedWith: INDEX_PENDING };
}

/** `record` without its index fields: what leaves the database for the UI, messages and exports. */
export function withoutSearchFields<T extends object>(record: T & SearchFields): T {
  if (!('tokens' in record) && !('indexedWith' in record)) return record;
  const { tokens: _tokens, indexedWith: _indexedWith, ...rest } = record;
  return rest as T;
}
