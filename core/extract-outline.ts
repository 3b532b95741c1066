import type { ExtractedOutline, PageMeta, TextBlock } from './types.ts';

/** Turns a page's text blocks into a located outline (STUB: being written). */
export function extractOutline(blocks: TextBlock[], meta: PageMeta): ExtractedOutline {
  return {
    format: 'speech-outline',
    version: 1,
    url: meta.url,
    title: meta.title,
    detection: { isSpeechPage: false, confidence: 0, signals: [] },
    sections: [],
  };
}
