/**
 * The annotation UI's strings (selection toolbar, editor, toast, the panel's
 * notes section): Chinese, or English when the browser's language is not
 * Chinese — the same rule as utils/i18n.ts, whose language test it reuses.
 */
import type { HighlightColor } from '../../../core/annotation-types.ts';
import { isChinese, pickText } from '../../../utils/pick-text.ts';

const zh = {
  toolbarLabel: '批注工具条',
  highlightIn: '用{0}划线',
  addNote: '笔记',
  addNoteLabel: '为所选文字写笔记',
  golden: '金句',
  goldenLabel: '将所选文字存为金句',
  copy: '复制',
  copyLabel: '复制所选文字（不含隐藏水印）',
  copied: '已复制',
  copyFailed: '复制失败',
  close: '关闭',
  edit: '编辑',
  editorLabel: '编辑批注',
  newNoteLabel: '新笔记',
  noteLabel: '笔记',
  notePlaceholder: '写下你的想法…',
  tagsLabel: '标签（用逗号或空格分隔）',
  colorLabel: '颜色',
  goldenCheck: '金句',
  save: '保存',
  cancel: '取消',
  delete: '删除',
  deleted: '已删除',
  undo: '撤销',
  saveFailed: '没有保存：{0}',
  notesTitle: '本页笔记',
  notesCount: '{0} 条',
  outsideOutline: '提纲之外',
  unplaced: '未定位',
  unplacedHint: '页面改动后找不到这些文字。选中新的位置后点“重新定位到所选文字”。',
  pending: '正在查找…',
  reattach: '重新定位到所选文字',
  reattachNeedsSelection: '先在页面上选中文字',
  showInPage: '在页面中显示：{0}',
  expandNotes: '展开本页笔记',
  collapseNotes: '收起本页笔记',
} as const;

/** A key of the annotation UI's strings. */
export type AnnotateMessageKey = keyof typeof zh;

const en: Record<AnnotateMessageKey, string> = {
  toolbarLabel: 'Annotation toolbar',
  highlightIn: 'Highlight in {0}',
  addNote: 'Note',
  addNoteLabel: 'Write a note on the selected text',
  golden: 'Golden line',
  goldenLabel: 'Save the selected text as a golden line',
  copy: 'Copy',
  copyLabel: 'Copy the selected text (without hidden watermarks)',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  close: 'Close',
  edit: 'Edit',
  editorLabel: 'Edit annotation',
  newNoteLabel: 'New note',
  noteLabel: 'Note',
  notePlaceholder: 'Your thoughts…',
  tagsLabel: 'Tags (comma or space separated)',
  colorLabel: 'Colour',
  goldenCheck: 'Golden line',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  deleted: 'Deleted',
  undo: 'Undo',
  saveFailed: 'Not saved: {0}',
  notesTitle: 'Notes on this page',
  notesCount: '{0}',
  outsideOutline: 'Outside the outline',
  unplaced: 'Not found',
  unplacedHint: 'The page changed and these words are gone. Select their new place and press “Re-attach to selection”.',
  pending: 'Looking…',
  reattach: 'Re-attach to selection',
  reattachNeedsSelection: 'Select text on the page first',
  showInPage: 'Show on the page: {0}',
  expandNotes: 'Show the notes of this page',
  collapseNotes: 'Hide the notes of this page',
};

const COLOR_NAMES: Record<HighlightColor, [string, string]> = {
  yellow: ['黄色', 'yellow'],
  green: ['绿色', 'green'],
  blue: ['蓝色', 'blue'],
  pink: ['粉色', 'pink'],
  purple: ['紫色', 'purple'],
};

/** The text of `key` in `language`, `{0}`… filled from `args`. */
export function translateAnnotate(key: AnnotateMessageKey, args: ReadonlyArray<string | number> = [], language: string | undefined = globalThis.navigator?.language): string {
  return pickText({ zh, en }, key, args, language);
}

/** `translateAnnotate` in the running browser's language. */
export function ta(key: AnnotateMessageKey, ...args: Array<string | number>): string {
  return translateAnnotate(key, args);
}

/** A colour's name in the running browser's language. */
export function colorName(color: HighlightColor, language: string | undefined = globalThis.navigator?.language): string {
  return COLOR_NAMES[color][isChinese(language) ? 0 : 1];
}
