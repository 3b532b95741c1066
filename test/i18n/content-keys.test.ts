import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { CONTENT_SCRIPT_KEYS } from '../../i18n/content-keys.ts';
import { contentScriptFiles, contentScriptKeysInSources } from './content-script-sources.ts';

describe('the content script’s words (i18n/content-keys.ts)', () => {
  it('are exactly the keys its sources name, so no word of the panel or the toolbar falls back to the browser’s synchronous bundle', () => {
    // Out of date? Regenerate the list from contentScriptKeysInSources().
    expect([...CONTENT_SCRIPT_KEYS]).toEqual(contentScriptKeysInSources());
  });

  it('are found by following the imports into the panel, the toolbar and the components they share', () => {
    const files = contentScriptFiles().map((f) => f.slice(f.indexOf('entrypoints/') >= 0 ? f.indexOf('entrypoints/') : f.indexOf('components/')));
    expect(files).toEqual(expect.arrayContaining(['entrypoints/content/reading/panel/ReadingPanel.tsx', 'entrypoints/content/annotate/ui/SelectionToolbar.tsx']));
    // Keys a template builds (command-label.ts: t(`reading_cmd_${…}`)) and keys held in tables (PanelLegend's colours) are in.
    expect(CONTENT_SCRIPT_KEYS).toEqual(expect.arrayContaining(['reading_cmd_toggle_panel', 'colorPurple', 'legend_level4', 'lang']));
  });

  it('name only keys of the locale files, and leave out the pages’ own words (the options page, the library)', () => {
    for (const key of CONTENT_SCRIPT_KEYS) expect(Object.hasOwn(en, key)).toBe(true);
    expect(CONTENT_SCRIPT_KEYS).not.toContain('extName');
    expect(CONTENT_SCRIPT_KEYS.length).toBeLessThan(Object.keys(en).length / 2);
  });
});
