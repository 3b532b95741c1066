/**
 * The content script's words. The first browser.i18n lookup in a page makes
 * the browser hand the script the extension's whole message bundle,
 * synchronously (~70 ms blocking on a 100,000-element page), so the script
 * asks the background once, asynchronously, for the words it uses in the
 * reader's language and `t` answers from that table. If the background cannot
 * answer, the reader's stored choice (or the browser's i18n) answers instead.
 */
import { sendMessage } from '../../protocol/send.ts';
import { useMessages } from '../../i18n/t.ts';
import { applyUiLanguage } from '../../i18n/ui-language.ts';

/** Asks the background for the table and makes `t` answer from it; falls back to the stored choice and the browser's i18n. */
export async function loadContentWords(): Promise<void> {
  const reply = await sendMessage('i18n/content-messages', {});
  if (reply.ok && Object.keys(reply.value.messages).length > 0) useMessages(reply.value.messages);
  else await applyUiLanguage();
}

let ready: Promise<void> | null = null;

/** `loadContentWords` once per copy of the script: what its UI awaits before its first words. */
export function contentWordsReady(): Promise<void> {
  ready ??= loadContentWords();
  return ready;
}
