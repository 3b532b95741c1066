/**
 * The part of jieba-wasm this project uses, and its loader. The web build of
 * the glue is imported everywhere (extension, Vitest, bench) so the same code is
 * tested that ships; only where the .wasm bytes come from differs.
 */
import initJieba, { add_word, cut, cut_all, tag, type InitInput } from 'jieba-wasm/web';

/** The jieba functions the segmenter calls. */
export interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  cut_all(text: string): string[];
  tag(text: string, hmm?: boolean | null): Array<{ word: string; tag: string }>;
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/** The .wasm file's name in the extension's output (copied there by wxt.config.ts). */
export const JIEBA_WASM_FILE = 'jieba_rs_wasm_bg.wasm';

/**
 * Instantiates jieba's WebAssembly from `source` (a URL to fetch, or the bytes)
 * and returns its functions. Instantiating twice reuses the first instance.
 */
export async function loadJiebaWasm(source: InitInput): Promise<JiebaModule> {
  await initJieba({ module_or_path: source });
  return { add_word, cut, cut_all, tag };
}
