/**
 * jieba for tests, loaded the way the extension loads it (the web build's glue)
 * but from the .wasm bytes on disk instead of the extension's URL. The shipped
 * speech vocabulary is added, as the background adds it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SPEECH_WORDS_TEXT } from '../../assets/dict/speech-words.ts';
import { parseDictionaryLines } from '../../core/tokenize/dictionary-lines.ts';
import { JIEBA_WASM_FILE, loadJiebaWasm, type JiebaModule } from '../../entrypoints/background/jieba/jieba-module.ts';

/** The web build's .wasm file, the one the extension copies into its output. */
export function jiebaWasmPath(): string {
  const glue = createRequire(import.meta.url).resolve('jieba-wasm/web');
  return glue.replace(/[^/\\]+$/, JIEBA_WASM_FILE);
}

let loaded: Promise<JiebaModule> | null = null;

/** jieba with the speech vocabulary, instantiated once per test file. */
export function loadTestJieba(): Promise<JiebaModule> {
  loaded ??= (async () => {
    const jieba = await loadJiebaWasm(readFileSync(jiebaWasmPath()));
    for (const e of parseDictionaryLines(SPEECH_WORDS_TEXT)) jieba.add_word(e.word, e.freq ?? null, e.tag ?? null);
    return jieba;
  })();
  return loaded;
}
