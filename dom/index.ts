/**
 * The DOM adapter: turns a Document (browser, happy-dom or linkedom) into TextBlock
 * records and maps block offsets back to DOM Ranges. Only this folder reads the page's DOM.
 */
export { readPage, readPageInSteps, sourceAt, type PageText, type BlockSource } from './read-page.ts';
export { rangeInBlock } from './block-ranges.ts';
export { findContentRoot, analyseRegions, analyseRegionsInSteps, runSteps, type RegionAnalysis, type RegionStats } from './content-region.ts';
