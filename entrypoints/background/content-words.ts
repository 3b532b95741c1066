/**
 * Answers the content script's request for its words: the keys it uses, in
 * the reader's language. The background takes the browser's synchronous
 * message-bundle load on its own thread, so the page never does.
 */
import type { BackgroundRouter } from '../../protocol/background-messages.ts';
import { ok } from '../../protocol/result.ts';
import { CONTENT_SCRIPT_KEYS } from '../../i18n/content-keys.ts';
import { loadMessagesFor } from '../../i18n/ui-language.ts';

/** Registers `i18n/content-messages`. */
export function setupContentWords(router: BackgroundRouter): void {
  router.on({
    'i18n/content-messages': async () => ok({ messages: await loadMessagesFor(CONTENT_SCRIPT_KEYS) }),
  });
}
