/**
 * The words the content script shows: the keys its code names (under
 * entrypoints/content/ and the components it imports). The background sends
 * the content script exactly these, in the reader's language, so the page never
 * waits for the browser to hand it the whole message bundle (a synchronous load
 * on the first browser.i18n lookup). Only the background bundles this list;
 * test/i18n/content-keys.test.ts keeps it equal to what the sources use.
 */
import type { MessageKey } from './t.ts';

/** The content script's message keys, sorted. */
export const CONTENT_SCRIPT_KEYS: readonly MessageKey[] = [
  'annotate_addNote', 'annotate_addNoteLabel', 'annotate_collapseNotes', 'annotate_copied', 'annotate_copy',
  'annotate_copyFailed', 'annotate_copyLabel', 'annotate_deleted', 'annotate_editorLabel', 'annotate_expandNotes',
  'annotate_frameExpired', 'annotate_golden', 'annotate_goldenLabel', 'annotate_highlightIn',
  'annotate_newNoteLabel', 'annotate_notesCount', 'annotate_notesFrameTitle', 'annotate_notesTitle',
  'annotate_reattachNeedsSelection', 'annotate_saveFailed', 'annotate_toolbarLabel', 'annotate_undo',
  'annotate_undone', 'checkClean', 'checkCount', 'checkParagraph', 'checkScheme', 'checkSchemeGbt',
  'checkSchemePage', 'checkTitle', 'checkUsual', 'checkUsualNone', 'colorBlue', 'colorGreen', 'colorPink',
  'colorPurple', 'colorYellow', 'counts', 'edit', 'kindGolden', 'kindHighlight', 'kindNote', 'lang', 'legend_golden',
  'legend_level1', 'legend_level2', 'legend_level3', 'legend_level4', 'legend_mine', 'legend_note', 'legend_points',
  'legend_sample', 'legend_title', 'notesOnly_hint', 'notesOnly_howTo', 'notesOnly_openPanel', 'notesOnly_tabLabel',
  'outsideOutline', 'reading_checkSection', 'reading_closePanel', 'reading_cmd_next_point',
  'reading_cmd_next_top_point', 'reading_cmd_prev_point', 'reading_cmd_prev_top_point',
  'reading_cmd_toggle_highlights', 'reading_cmd_toggle_panel', 'reading_collapseAll', 'reading_collapsePoint',
  'reading_collapseSection', 'reading_copied', 'reading_copy', 'reading_copyFailed', 'reading_copyLabel',
  'reading_copyMarkdown', 'reading_copyMarkdownLabel', 'reading_copySectionAsMarkdown', 'reading_copySectionAsText',
  'reading_counts', 'reading_emptySectionReason', 'reading_expandAll', 'reading_expandPoint',
  'reading_expandSection', 'reading_exportMore', 'reading_exportMoreLabel', 'reading_exportSection',
  'reading_goToFinding', 'reading_goToPoint', 'reading_goToSection', 'reading_goToSectionStart',
  'reading_highlights', 'reading_keywords', 'reading_levelOneOnly', 'reading_notesEmpty', 'reading_openPanel',
  'reading_panelLabel', 'reading_resizePanel', 'reading_saveSection', 'reading_sectionCount',
  'reading_sectionExportFailed', 'reading_sectionMore', 'reading_sectionMoreLabel', 'reading_sectionNoPoints',
  'reading_sectionSaveFailed', 'reading_sectionSaved', 'reading_sectionUpdated', 'reading_shortcuts',
  'reading_tabLabel', 'reading_untitled', 'reading_viewNotes', 'reading_viewOutline', 'save', 'savedAt',
  'sectionCount', 'undo',
];
