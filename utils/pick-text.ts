/**
 * Choosing and filling UI text: one small module without string tables, so a
 * content-script strings file can use it without pulling in the popup's.
 */

/** True when a BCP 47 language tag is Chinese (zh, zh-CN, zh-Hant-TW…). */
export function isChinese(language: string | undefined): boolean {
  return !language || language.toLowerCase().startsWith('zh');
}

/**
 * The text of `key` from a pair of string tables, in `language` (Chinese unless
 * the browser says otherwise), with `{0}`, `{1}`… replaced by `args`. Every
 * strings module of the extension goes through this one function.
 */
export function pickText<K extends string>(
  tables: { zh: Readonly<Record<K, string>>; en: Readonly<Record<K, string>> },
  key: K,
  args: ReadonlyArray<string | number> = [],
  language: string | undefined = globalThis.navigator?.language,
): string {
  const template: string = isChinese(language) ? tables.zh[key] : tables.en[key];
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const arg = args[Number(i)];
    return arg === undefined ? whole : String(arg);
  });
}
