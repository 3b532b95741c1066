/**
 * Strings of backup and restore (storage/backup.ts, components/BackupPanel.tsx):
 * Chinese first, English when the browser's language is not Chinese (as utils/i18n.ts).
 * Kept apart from utils/i18n.ts so the backup feature owns its own words.
 */
import { pickText } from '../utils/pick-text.ts';

const zh = {
  heading: '备份与恢复',
  intro: '把全部笔记、页面、已存提纲和设置保存为一个文件；以后可以从文件恢复。恢复只会添加或更新记录，不会删除你现有的任何内容。',
  backup: '备份',
  restore: '恢复',
  chooseFile: '选择备份文件',
  backingUp: '正在备份…',
  checking: '正在检查备份文件…',
  restoring: '正在恢复…',
  cancel: '取消',
  confirmRestore: '确认恢复',
  progress: '{0} / {1} 条',
  backupDone: '备份完成：共 {0} 条记录，已保存为 {1}。',
  backupCancelled: '已取消备份，没有生成文件。',
  backupFailed: '备份失败：{0}',
  planTitle: '恢复前请确认：',
  planAdd: '新增 {0} 条',
  planUpdate: '覆盖 {0} 条（备份中的版本替换本机的版本）',
  planUnchanged: '{0} 条与本机相同',
  planNothing: '备份中的内容本机都已有，恢复不会改变任何记录。',
  planKeeps: '本机其他记录保持不变，不会被删除。',
  planLine: '{0}：{1}',
  listSeparator: '，',
  restoreDone: '恢复完成：写入 {0} 条记录。',
  restoreCancelled: '已取消恢复，数据库没有任何改动。',
  tablePages: '页面',
  tableAnnotations: '笔记',
  tableOutlines: '已存提纲',
  tableSettings: '设置',
  corrupt: '无法读取这个文件：它不是完整的备份（文件可能已损坏或没有下载完整）。数据库没有任何改动。',
  foreign: '这个文件不是讲话提纲助手的备份（{0}）。数据库没有任何改动。',
  foreignFormat: '不是 Dexie 导出格式',
  foreignDatabase: '来自另一个数据库“{0}”',
  foreignTable: '含有本扩展没有的数据表“{0}”',
  newer: '这个备份来自更新版本的讲话提纲助手（数据版本 {0}，本机为 {1}）。请先升级扩展再恢复。数据库没有任何改动。',
  failed: '恢复失败，数据库没有任何改动：{0}',
} as const;

/** A key of the backup strings. */
export type BackupStringKey = keyof typeof zh;

const en: Record<BackupStringKey, string> = {
  heading: 'Backup and restore',
  intro: 'Save every note, page, saved outline and setting to one file, and restore from it later. A restore only adds or updates records: nothing you have is deleted.',
  backup: 'Back up',
  restore: 'Restore',
  chooseFile: 'Choose a backup file',
  backingUp: 'Backing up…',
  checking: 'Checking the backup file…',
  restoring: 'Restoring…',
  cancel: 'Cancel',
  confirmRestore: 'Restore now',
  progress: '{0} / {1} records',
  backupDone: 'Backup done: {0} records saved as {1}.',
  backupCancelled: 'Backup cancelled: no file was made.',
  backupFailed: 'Backup failed: {0}',
  planTitle: 'Before restoring, please confirm:',
  planAdd: '{0} new',
  planUpdate: '{0} replaced (the backup’s version replaces the one here)',
  planUnchanged: '{0} already the same',
  planNothing: 'Everything in this backup is already here: restoring changes nothing.',
  planKeeps: 'Your other records stay as they are; nothing is deleted.',
  planLine: '{0}: {1}',
  listSeparator: ', ',
  restoreDone: 'Restore done: {0} records written.',
  restoreCancelled: 'Restore cancelled: the database was not changed.',
  tablePages: 'pages',
  tableAnnotations: 'notes',
  tableOutlines: 'saved outlines',
  tableSettings: 'settings',
  corrupt: 'Cannot read this file: it is not a complete backup (it may be damaged or only partly downloaded). The database was not changed.',
  foreign: 'This file is not a Speech Outline backup ({0}). The database was not changed.',
  foreignFormat: 'not a Dexie export',
  foreignDatabase: 'it comes from another database, “{0}”',
  foreignTable: 'it has a table this extension does not have, “{0}”',
  newer: 'This backup comes from a newer version of Speech Outline (data version {0}, this one is {1}). Update the extension, then restore. The database was not changed.',
  failed: 'Restore failed; the database was not changed: {0}',
};

/** The text of `key` with `{0}`, `{1}`… replaced by `args`, in `language` (the browser's by default). */
export function backupText(key: BackupStringKey, args: ReadonlyArray<string | number> = [], language: string | undefined = globalThis.navigator?.language): string {
  return pickText({ zh, en }, key, args, language);
}
