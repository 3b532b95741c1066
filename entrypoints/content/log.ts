/**
 * What the content script leaves where a developer looks: one prefix on every
 * console line it writes in a page, and the name of the timeline measure of a
 * read of the page (bench/content-script-cost.ts reads it).
 */

/** Prefix of everything the extension logs in a page's console. */
export const LOG_PREFIX = '[讲话提纲助手]';

/** The performance measure a read of the page leaves in its timeline, start to paint (the reading view's sliced read, pauses included). */
export const SCAN_MEASURE = 'speech-outline:scan';
