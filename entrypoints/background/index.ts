import { defineBackground } from 'wxt/utils/define-background';
import { setupBadge } from './badge.ts';
import { setupMessageHandlers } from './message-handlers.ts';
import { createOutlineStore } from './outline-store.ts';
import { setupTabCleanup } from './tab-cleanup.ts';

export default defineBackground(() => {
  const store = createOutlineStore();
  void setupBadge();
  setupMessageHandlers(store);
  setupTabCleanup(store);
});
