/**
 * The service worker: one router answers every message to the background;
 * each feature's `setupX` (its own file) registers its handlers on it.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundRouter } from '../../protocol/background-messages.ts';
import { setupBackground } from './setup.ts';

export default defineBackground(() => {
  const router = createBackgroundRouter();
  setupBackground(router);
  router.listen();
});
