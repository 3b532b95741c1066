/**
 * Every feature of the background, set up on one router. The entry calls it
 * once; the protocol test calls it too, to check that every message to the
 * background has exactly one handler.
 */
import type { BackgroundRouter } from '../../protocol/background-messages.ts';
import { getDatabase, type SpeechOutlineDB } from '../../storage/db.ts';
import { setupActivation } from './activation.ts';
import { setupAnnotations } from './annotations.ts';
import { setupBadge } from './badge.ts';
import { setupContentWords } from './content-words.ts';
import { setupNumberingCheck } from './numbering-check.ts';
import { setupJieba } from './jieba/jieba-service.ts';
import { setupKeyboardCommands } from './keyboard-commands.ts';
import { setupNoteFrames } from './note-frames.ts';
import { createOutlineStore, type OutlineStore } from './outline-store.ts';
import { getSearchService, setupSearch, type SearchService } from './search.ts';
import { setupTabCleanup } from './tab-cleanup.ts';
import { rereadTabOutline, setupTabOutlines } from './tab-outlines.ts';

/** What the background works on; tests hand in their own. */
export interface BackgroundDeps {
  store?: OutlineStore;
  db?: SpeechOutlineDB;
  search?: SearchService;
}

/** Sets up every feature on `router`; returns the outline store they share. */
export function setupBackground(router: BackgroundRouter, deps: BackgroundDeps = {}): OutlineStore {
  const store = deps.store ?? createOutlineStore(undefined, { reread: rereadTabOutline });
  const search = deps.search ?? getSearchService();
  void setupBadge();
  setupTabOutlines(router, store);
  setupTabCleanup(store);
  setupAnnotations(router, deps.db ?? getDatabase(), search.tokenizeForWrite);
  setupJieba(router);
  setupSearch(router, search);
  setupActivation(router, store);
  setupNoteFrames(router);
  setupContentWords(router);
  setupNumberingCheck(router);
  setupKeyboardCommands(store);
  return store;
}
