/**
 * The popup's strings: Chinese first (the product is for Chinese speeches),
 * English when the browser's language is not Chinese. Small on purpose; move
 * to WXT's i18n module when there are more pages to translate.
 */

import { SPEECH_SITES, type SpeechSite } from '../sites/speech-sites.ts';
import { isChinese, pickText } from './pick-text.ts';

export { isChinese, pickText };

const zh = {
  appName: '讲话提纲助手',
  loading: '正在读取提纲…',
  emptyTitle: '此页面未识别为讲话稿',
  emptyBody: '打开一篇讲话稿或发言稿（例如范文网站上的讲话、政府网站上的讲话全文），等页面加载完成后再点开本窗口，这里会列出“一、（一）1.（1）一是……”等层次要点。',
  // {0}, {1}: the curated sites of sites/speech-sites.ts (curatedSitesText), so the list cannot drift from the manifest.
  emptySites: '在这些网站上自动运行：范文类网站（{0}）；官方网站（{1}）。',
  errorTitle: '无法读取此标签页的提纲',
  confidence: '识别置信度 {0}%',
  counts: '{0} 篇 · {1} 个要点',
  sectionCount: '{0} 个要点',
  expandAll: '全部展开',
  collapseAll: '全部收起',
  untitledPoint: '（无标题）',
  // Notes, saved outlines and storage (popup tabs, library page).
  tabOutline: '本页提纲',
  tabNotes: '笔记',
  tabSaved: '已存提纲',
  openLibrary: '在新标签页中打开笔记库',
  libraryTitle: '笔记库',
  saveOutline: '保存提纲',
  outlineSaved: '提纲已保存，可在“已存提纲”中查看。',
  searchPlaceholder: '搜索摘录、笔记、标签',
  searchLabel: '搜索笔记',
  filterAllColors: '全部颜色',
  filterAllKinds: '全部类型',
  filterAllTags: '全部标签',
  filterAllSites: '全部网站',
  kindHighlight: '划线',
  kindNote: '笔记',
  kindGolden: '金句',
  colorYellow: '黄色',
  colorGreen: '绿色',
  colorBlue: '蓝色',
  colorPink: '粉色',
  colorPurple: '紫色',
  notesTotal: '共 {0} 条笔记',
  groupCount: '{0} 条',
  edit: '编辑',
  delete: '删除',
  save: '保存',
  cancel: '取消',
  undo: '撤销',
  noteDeleted: '已删除一条笔记。',
  outlineDeleted: '已删除一份提纲。',
  noteLabel: '笔记',
  tagsLabel: '标签（用逗号分隔）',
  colorLabel: '颜色',
  kindLabel: '类型',
  loadMore: '加载更多',
  openInPage: '在原页面中查看',
  notesEmptyTitle: '还没有笔记',
  notesEmptyBody: '在讲话稿页面上选中一段文字，用弹出的工具条划线、写笔记或标为金句。所有笔记都会保存在本机，并按页面列在这里。',
  notesNoMatch: '没有符合条件的笔记。',
  clearFilters: '清除筛选',
  savedEmptyTitle: '还没有保存的提纲',
  savedEmptyBody: '在讲话稿页面上打开本窗口，在“本页提纲”里点“保存提纲”。保存的提纲留在本机，原页面改版或下线后也能查看。',
  savedAt: '保存于 {0}',
  pointsCount: '{0} 个要点',
  outsideOutline: '提纲之外',
  storageFull: '存储空间已满，这次修改没有保存。请删除一些旧笔记或已存提纲，或在浏览器设置中清理空间后再试。',
  // Search (issue #6).
  searchResults: '找到 {0} 条结果',
  searchIndexing: '正在建立搜索索引：{0} / {1}',
  searchHitsNotes: '笔记',
  searchHitsOutlines: '已存提纲中的要点',
  searchHitsPages: '页面',
  searchNoResults: '没有找到“{0}”。',
  // Export (library.html?export=<tabId>, saved outlines, notes).
  exportTitle: '导出提纲',
  exportNoOutline: '这个标签页没有提纲：请在讲话稿页面上重新打开导出。',
  exportFormat: '格式',
  exportPreview: '预览',
  exportCopy: '复制',
  exportCopied: '已复制到剪贴板。',
  exportDownload: '下载',
  exportDownloaded: '已开始下载 {0}',
  exportHeadings: '前两级要点作为标题',
  exportKeywords: '每个要点附关键词',
  exportKeywordsFailed: '关键词暂时无法提取：{0}',
  exportNotes: '在要点下附笔记和金句',
  exportNoPreview: 'Word 文档不能在此预览，请下载后用 Word 或 WPS 打开。',
  exportButton: '导出',
  exportNotesButton: '导出笔记',
  // Options: the user's own words for jieba.
  userWordsHeading: '自定义词语',
  userWordsNote: '每行一个词语（例如本单位、本地区的专有名词）。分词、关键词和搜索会把它们当作完整的词；搜索索引会在后台按新词语更新。',
  userWordsLabel: '自定义词语，每行一个',
  userWordsSave: '保存词语',
  userWordsClear: '清空',
  userWordsCount: '{0} 个词语',
  userWordsSaved: '已保存 {0} 个词语。',
  userWordsCleared: '已清空全部自定义词语。',
  userWordsFailed: '保存失败：{0}',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Speech Outline',
  loading: 'Reading the outline…',
  emptyTitle: 'This page was not recognised as a speech',
  emptyBody: 'Open a speech or its transcript (a speech on a 范文 site, a full text on a government site) and open this window again once the page has loaded: it will list the numbered points (一、（一）1.（1）一是…).',
  emptySites: 'Runs by itself on 范文 sites ({0}) and official sites ({1}).',
  errorTitle: 'Could not read this tab’s outline',
  confidence: 'Confidence {0}%',
  counts: '{0} sections · {1} points',
  sectionCount: '{0} points',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  untitledPoint: '(untitled)',
  tabOutline: 'This page',
  tabNotes: 'Notes',
  tabSaved: 'Saved outlines',
  openLibrary: 'Open the notes library in a tab',
  libraryTitle: 'Notes library',
  saveOutline: 'Save outline',
  outlineSaved: 'Outline saved: see “Saved outlines”.',
  searchPlaceholder: 'Search quotes, notes, tags',
  searchLabel: 'Search notes',
  filterAllColors: 'All colours',
  filterAllKinds: 'All kinds',
  filterAllTags: 'All tags',
  filterAllSites: 'All sites',
  kindHighlight: 'Highlight',
  kindNote: 'Note',
  kindGolden: 'Golden line',
  colorYellow: 'Yellow',
  colorGreen: 'Green',
  colorBlue: 'Blue',
  colorPink: 'Pink',
  colorPurple: 'Purple',
  notesTotal: '{0} notes',
  groupCount: '{0}',
  edit: 'Edit',
  delete: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  undo: 'Undo',
  noteDeleted: 'Note deleted.',
  outlineDeleted: 'Outline deleted.',
  noteLabel: 'Note',
  tagsLabel: 'Tags (comma-separated)',
  colorLabel: 'Colour',
  kindLabel: 'Kind',
  loadMore: 'Load more',
  openInPage: 'Show on its page',
  notesEmptyTitle: 'No notes yet',
  notesEmptyBody: 'On a speech page, select some text and use the toolbar to highlight it, write a note or mark a golden line. Notes stay on this computer and are listed here by page.',
  notesNoMatch: 'No notes match these filters.',
  clearFilters: 'Clear filters',
  savedEmptyTitle: 'No saved outlines yet',
  savedEmptyBody: 'Open this window on a speech page and press “Save outline” under “This page”. Saved outlines stay on this computer, even if the page changes or disappears.',
  savedAt: 'Saved {0}',
  pointsCount: '{0} points',
  outsideOutline: 'Outside the outline',
  storageFull: 'Storage is full: this change was not saved. Delete some old notes or saved outlines, or free space in the browser’s settings, and try again.',
  searchResults: '{0} results',
  searchIndexing: 'Building the search index: {0} / {1}',
  searchHitsNotes: 'Notes',
  searchHitsOutlines: 'Points of saved outlines',
  searchHitsPages: 'Pages',
  searchNoResults: 'Nothing found for “{0}”.',
  exportTitle: 'Export the outline',
  exportNoOutline: 'This tab has no outline: open the export again from a speech page.',
  exportFormat: 'Format',
  exportPreview: 'Preview',
  exportCopy: 'Copy',
  exportCopied: 'Copied to the clipboard.',
  exportDownload: 'Download',
  exportDownloaded: 'Downloading {0}',
  exportHeadings: 'First two levels as headings',
  exportKeywords: 'Keywords under each point',
  exportKeywordsFailed: 'Keywords are not available now: {0}',
  exportNotes: 'Notes and golden lines under their points',
  exportNoPreview: 'A Word document cannot be previewed here: download it and open it in Word or WPS.',
  exportButton: 'Export',
  exportNotesButton: 'Export notes',
  userWordsHeading: 'Your own words',
  userWordsNote: 'One word per line (names of your organisation or region, for example). Segmentation, keywords and search will keep them whole.',
  userWordsLabel: 'Your own words, one per line',
  userWordsSave: 'Save words',
  userWordsClear: 'Clear',
  userWordsCount: '{0} words',
  userWordsSaved: '{0} words saved.',
  userWordsCleared: 'All your words were removed.',
  userWordsFailed: 'Could not save: {0}',
};

/** The host a curated site's match pattern names ('*://*.gov.cn/*' → 'gov.cn'). */
function hostOfPattern(pattern: string): string {
  return pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/.*$/, '');
}

/**
 * The curated sites (sites/speech-sites.ts) of one kind as the empty state
 * lists them: in Chinese by name (with the host where the name covers many
 * sites, or the host alone when there is no name), in English by host; one
 * entry per name (新华网 has two hosts).
 */
export function curatedSitesText(kind: SpeechSite['kind'], language: string | undefined = globalThis.navigator?.language): string {
  const zhText = isChinese(language);
  const entries: string[] = [];
  for (const site of SPEECH_SITES.filter((s) => s.kind === kind)) {
    const host = hostOfPattern(site.pattern);
    const entry = !zhText || !site.name ? host : site.name.includes('各级') ? `${site.name}（${host}）` : site.name;
    if (!entries.includes(entry)) entries.push(entry);
  }
  return entries.join(zhText ? '、' : ', ');
}


/** The text of `key` with `{0}`, `{1}`… replaced by `args`. */
export function translate(key: MessageKey, args: ReadonlyArray<string | number> = [], language: string | undefined = globalThis.navigator?.language): string {
  return pickText({ zh, en }, key, args, language);
}

/** `translate` for the running browser's language. */
export function t(key: MessageKey, ...args: Array<string | number>): string {
  return translate(key, args);
}

/** The `lang` attribute matching the strings `t` returns. */
export function uiLanguage(language: string | undefined = globalThis.navigator?.language): string {
  return isChinese(language) ? 'zh-CN' : 'en';
}
