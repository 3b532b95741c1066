/**
 * The DOM adapter: turns a Document (browser or linkedom) into TextBlock records
 * and maps block offsets back to DOM Ranges. Only this folder reads the page's DOM.
 */
export { readPage, type PageText } from './read-page.ts';
export { rangeInBlock } from './block-ranges.ts';
