/**
 * The reading panel's strings: Chinese, or English when the browser's language
 * is not Chinese. Same rules as utils/i18n.ts, whose language test it reuses.
 */
import { pickText } from '../../../utils/pick-text.ts';
import type { ReadingCommand } from '../../../protocol/reading-commands.ts';

const zh = {
  panelLabel: '讲话提纲',
  tabLabel: '提纲',
  openPanel: '打开提纲面板（{0} 个要点）',
  closePanel: '关闭提纲面板',
  counts: '{0} 篇 · {1} 个要点',
  sectionCount: '{0} 个要点',
  highlights: '高亮要点',
  levelOneOnly: '只看一级',
  copy: '复制提纲',
  copyLabel: '将提纲复制为纯文本',
  copied: '已复制',
  copyFailed: '复制失败',
  copyMarkdown: '复制 Markdown',
  copyMarkdownLabel: '将提纲复制为 Markdown',
  exportMore: '导出…',
  exportMoreLabel: '在新标签页中打开导出页（Word、OPML、笔记等）',
  keywords: '关键词：{0}',
  expandSection: '展开“{0}”',
  collapseSection: '收起“{0}”',
  expandPoint: '展开 {0}',
  collapsePoint: '收起 {0}',
  goToPoint: '跳到 {0}',
  expandAll: '全部展开',
  collapseAll: '全部收起',
  shortcuts: '快捷键',
  untitled: '（无标题）',
  'cmd:next-point': '下一个要点',
  'cmd:prev-point': '上一个要点',
  'cmd:next-top-point': '下一个一级要点',
  'cmd:prev-top-point': '上一个一级要点',
  'cmd:toggle-panel': '打开/关闭提纲面板',
  'cmd:toggle-highlights': '打开/关闭高亮',
} as const;

/** A key of the panel's strings. */
export type ReadingMessageKey = keyof typeof zh;

const en: Record<ReadingMessageKey, string> = {
  panelLabel: 'Speech outline',
  tabLabel: 'Outline',
  openPanel: 'Open the outline panel ({0} points)',
  closePanel: 'Close the outline panel',
  counts: '{0} sections · {1} points',
  sectionCount: '{0} points',
  highlights: 'Highlight points',
  levelOneOnly: 'Top level only',
  copy: 'Copy outline',
  copyLabel: 'Copy the outline as plain text',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyMarkdown: 'Copy Markdown',
  copyMarkdownLabel: 'Copy the outline as Markdown',
  exportMore: 'Export…',
  exportMoreLabel: 'Open the export page in a new tab (Word, OPML, notes…)',
  keywords: 'Keywords: {0}',
  expandSection: 'Expand “{0}”',
  collapseSection: 'Collapse “{0}”',
  expandPoint: 'Expand {0}',
  collapsePoint: 'Collapse {0}',
  goToPoint: 'Go to {0}',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  shortcuts: 'Keyboard shortcuts',
  untitled: '(untitled)',
  'cmd:next-point': 'Next point',
  'cmd:prev-point': 'Previous point',
  'cmd:next-top-point': 'Next top-level point',
  'cmd:prev-top-point': 'Previous top-level point',
  'cmd:toggle-panel': 'Open/close the outline panel',
  'cmd:toggle-highlights': 'Highlights on/off',
};

/** The panel's text for `key` in `language`, with `{0}`, `{1}`… filled from `args`. */
export function translateReading(key: ReadingMessageKey, args: ReadonlyArray<string | number> = [], language: string | undefined = globalThis.navigator?.language): string {
  return pickText({ zh, en }, key, args, language);
}

/** `translateReading` in the running browser's language. */
export function tr(key: ReadingMessageKey, ...args: Array<string | number>): string {
  return translateReading(key, args);
}

/** The help text of a command. */
export function commandLabel(command: ReadingCommand): string {
  return tr(`cmd:${command}`);
}
