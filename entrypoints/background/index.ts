import { defineBackground } from 'wxt/utils/define-background';
import { setupActivation } from './activation.ts';
import { setupAnnotations } from './annotations.ts';
import { setupBadge } from './badge.ts';
import { setupJieba } from './jieba/jieba-service.ts';
import { setupKeyboardCommands } from './keyboard-commands.ts';
import { setupMessageHandlers } from './message-handlers.ts';
import { setupSearch } from './search.ts';
import { createOutlineStore } from './outline-store.ts';
import { setupTabCleanup } from './tab-cleanup.ts';

export default defineBackground(() => {
  const store = createOutlineStore();
  void setupBadge();
  setupMessageHandlers(store);
  setupTabCleanup(store);
  setupAnnotations();
  setupJieba();
  setupSearch();
  setupActivation(store);
  setupKeyboardCommands(store);
});
