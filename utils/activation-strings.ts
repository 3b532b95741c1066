/**
 * Strings of the options page and the "run on this page" controls: Chinese
 * first, English when the browser's language is not Chinese (as utils/i18n.ts).
 */
import { pickText } from './pick-text.ts';

const zh = {
  optionsTitle: '讲话提纲助手 · 设置',
  grantedHeading: '你允许始终运行的网站',
  grantedEmpty: '还没有。在任一网页上右键选择“始终在此网站运行讲话提纲助手”，或在弹出窗口中点“始终在此网站运行”。',
  grantedNote: '在这些网站上，页面加载完成后会自动识别讲话提纲。撤销后本扩展不再读取该网站。',
  revoke: '撤销',
  revokeFailed: '撤销失败：{0}',
  curatedHeading: '默认运行的网站',
  curatedNote: '这些网站以讲话稿、发言稿为主要内容，扩展在其上自动运行（只读，随扩展更新）。',
  curatedFanwen: '范文网站',
  curatedOfficial: '政府网站与官方媒体',
  otherSitesHeading: '其他网站',
  otherSitesNote: '在其他网站上，扩展只在你要求时运行一次：右键菜单“提取讲话提纲”、快捷键 {0}，或工具栏弹出窗口中的“在此页运行”。快捷键可在 chrome://extensions/shortcuts 修改。',
  grantHeading: '始终在此网站运行？',
  grantBody: '允许后，讲话提纲助手会在 {0} 的每个页面加载完成后读取页面文字、识别讲话提纲。可随时在本页撤销。',
  grantButton: '允许在 {0} 上始终运行',
  grantDenied: '未获得该网站的权限，没有做任何更改。',
  grantDone: '已允许：{0}',
  runOnce: '在此页运行',
  alwaysRun: '始终在此网站运行',
  runFound: '已识别出提纲。',
  runNotFound: '已运行，但此页面未识别为讲话稿。',
  runFailed: '无法在此页运行：{0}',
  menuRunOnce: '提取讲话提纲',
  menuAlwaysRun: '始终在此网站运行讲话提纲助手',
} as const;

export type ActivationStringKey = keyof typeof zh;

const en: Record<ActivationStringKey, string> = {
  optionsTitle: 'Speech Outline · Settings',
  grantedHeading: 'Sites you allowed',
  grantedEmpty: 'None yet. Right-click any page and choose “Always run Speech Outline on this site”, or use “Always run on this site” in the popup.',
  grantedNote: 'On these sites the outline is found automatically once a page has loaded. Revoke a site and the extension stops reading it.',
  revoke: 'Revoke',
  revokeFailed: 'Could not revoke: {0}',
  curatedHeading: 'Sites it runs on by default',
  curatedNote: 'Sites whose main content is speeches; the extension runs on them automatically (read-only, updated with the extension).',
  curatedFanwen: '范文 (model text) sites',
  curatedOfficial: 'Government sites and official media',
  otherSitesHeading: 'Other sites',
  otherSitesNote: 'Anywhere else it runs once when you ask: the context menu’s “Outline this speech”, the shortcut {0}, or “Run on this page” in the toolbar popup. Change shortcuts at chrome://extensions/shortcuts.',
  grantHeading: 'Always run on this site?',
  grantBody: 'Once allowed, Speech Outline reads the text of every page of {0} when it has loaded and finds its outline. You can revoke this here at any time.',
  grantButton: 'Always run on {0}',
  grantDenied: 'Permission for the site was not given; nothing changed.',
  grantDone: 'Allowed: {0}',
  runOnce: 'Run on this page',
  alwaysRun: 'Always run on this site',
  runFound: 'Outline found.',
  runNotFound: 'Ran, but this page was not recognised as a speech.',
  runFailed: 'Cannot run on this page: {0}',
  menuRunOnce: 'Outline this speech',
  menuAlwaysRun: 'Always run Speech Outline on this site',
};

/** The text of `key` in the browser's language, with `{0}`, `{1}`… replaced by `args`. */
export function activationText(key: ActivationStringKey, ...args: Array<string | number>): string {
  return pickText({ zh, en }, key, args);
}
