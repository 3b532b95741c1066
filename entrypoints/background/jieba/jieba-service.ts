/**
 * jieba in the service worker: Chinese segmentation and keywords for the rest
 * of the extension. The WASM is compiled here, on the extension's origin under
 * its 'wasm-unsafe-eval' CSP, never in a content script (a page's CSP could
 * forbid it there). It loads on the first request; when the worker is stopped
 * after idling, the next request loads it again.
 */
import { browser } from 'wxt/browser';
import { SPEECH_WORDS_TEXT } from '../../../assets/dict/speech-words.ts';
import { extractKeywordsOfParts } from '../../../core/keywords/index.ts';
import type { TaggedWord } from '../../../core/tokenize/types.ts';
import { parseDictionaryLines } from '../../../core/tokenize/dictionary-lines.ts';
import { JIEBA_WASM_FILE, loadJiebaWasm } from './jieba-module.ts';
import { createSegmenter, type Segmenter } from './segmenter.ts';
import { diffWords, loadUserWords, USER_WORDS_KEY } from '../../../storage/user-words.ts';
import type { BackgroundHandlers, BackgroundRouter } from '../../../protocol/background-messages.ts';
import { fail, ok } from '../../../protocol/result.ts';

// The user's words jieba knows, so a change can add the new ones and drop the removed ones.
let knownUserWords: readonly string[] = [];

const segmenter: Segmenter = createSegmenter({
  // The file is copied in by wxt.config.ts, so WXT's list of public paths does not know it.
  load: () => loadJiebaWasm(new URL(JIEBA_WASM_FILE, browser.runtime.getURL('/'))),
  dictionary: parseDictionaryLines(SPEECH_WORDS_TEXT),
  loadUserWords: async () => (knownUserWords = await loadUserWords()),
});

/** The background's segmenter (one per service-worker life). */
export function getSegmenter(): Segmenter {
  return segmenter;
}

async function applyUserWords(): Promise<number> {
  const next = await loadUserWords();
  const { added, removed } = diffWords(knownUserWords, next);
  knownUserWords = next;
  segmenter.updateUserWords(added, removed);
  return next.length;
}

/** The answers to the text messages: segmentation, keywords, and (from extension pages, as the router checks) a change of the user's words. */
export function textHandlers(): BackgroundHandlers {
  return {
    async 'text/segment'({ text, mode }) {
      const { value, tokenizer } = await segmenter.segment(text, mode);
      return ok({ tokens: value, tokenizer });
    },
    async 'text/keywords'({ texts, topK }) {
      const parts: TaggedWord[][] = [];
      for (const text of texts) {
        const tagged = await segmenter.tag(text);
        if (!tagged.value) return fail('text/keywords: jieba could not be loaded, and keywords need its part-of-speech tags');
        parts.push(tagged.value);
      }
      return ok({ keywords: extractKeywordsOfParts(parts, { topK }), tokenizer: 'jieba' as const });
    },
    async 'jieba/user-words-changed'() {
      return ok({ count: await applyUserWords() });
    },
  };
}

/** Answers the text messages and follows the user's words in storage, whoever changes them. */
export function setupJieba(router: BackgroundRouter): () => void {
  const stop = router.on(textHandlers());
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && USER_WORDS_KEY in changes) void applyUserWords();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
    stop();
  };
}
