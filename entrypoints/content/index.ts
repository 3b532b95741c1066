import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messages.ts';
import { LOG_PREFIX, scanDocument } from '../../utils/scan-page.ts';
import { contentScriptMatches } from '../../utils/speech-sites.ts';

export default defineContentScript({
  matches: contentScriptMatches(import.meta.env.MODE),
  runAt: 'document_idle',
  async main(ctx) {
    // The page must never see an error from us: one console line, then silence.
    try {
      const result = scanDocument(document, location.href);
      if (result.kind !== 'speech' || ctx.isInvalid) return;
      const reply = await sendMessage('outline/found', { outline: result.outline, count: result.count });
      if (!reply.ok && !ctx.isInvalid) console.warn(LOG_PREFIX, 'background refused the outline:', reply.error);
    } catch (error) {
      console.warn(LOG_PREFIX, 'could not read the outline of this page:', error);
    }
  },
});
