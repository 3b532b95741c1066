/**
 * The popup's strings: Chinese first (the product is for Chinese speeches),
 * English when the browser's language is not Chinese. Small on purpose; move
 * to WXT's i18n module when there are more pages to translate.
 */

const zh = {
  appName: '讲话提纲助手',
  loading: '正在读取提纲…',
  emptyTitle: '此页面未识别为讲话稿',
  emptyBody: '打开一篇讲话稿或发言稿（例如范文网站上的讲话、政府网站上的讲话全文），等页面加载完成后再点开本窗口，这里会列出“一、（一）1.（1）一是……”等层次要点。',
  emptySites: '目前在这些网站上工作：范文类网站（第一范文网、瑞文网、应届毕业生网等）、政府网站（gov.cn）、人民网、新华网、求是网。',
  errorTitle: '无法读取此标签页的提纲',
  confidence: '识别置信度 {0}%',
  counts: '{0} 篇 · {1} 个要点',
  sectionCount: '{0} 个要点',
  expandAll: '全部展开',
  collapseAll: '全部收起',
  untitledPoint: '（无标题）',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Speech Outline',
  loading: 'Reading the outline…',
  emptyTitle: 'This page was not recognised as a speech',
  emptyBody: 'Open a speech or its transcript (a speech on a 范文 site, a full text on a government site) and open this window again once the page has loaded: it will list the numbered points (一、（一）1.（1）一是…).',
  emptySites: 'Works on: 范文 sites (diyifanwen, ruiwen, unjs…), government sites (gov.cn), people.com.cn, xinhuanet.com, qstheory.cn.',
  errorTitle: 'Could not read this tab’s outline',
  confidence: 'Confidence {0}%',
  counts: '{0} sections · {1} points',
  sectionCount: '{0} points',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  untitledPoint: '(untitled)',
};

/** True when a BCP 47 language tag is Chinese (zh, zh-CN, zh-Hant-TW…). */
export function isChinese(language: string | undefined): boolean {
  return !language || language.toLowerCase().startsWith('zh');
}

/** The text of `key` with `{0}`, `{1}`… replaced by `args`. */
export function translate(key: MessageKey, args: ReadonlyArray<string | number> = [], language: string | undefined = globalThis.navigator?.language): string {
  const template: string = isChinese(language) ? zh[key] : en[key];
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const arg = args[Number(i)];
    return arg === undefined ? whole : String(arg);
  });
}

/** `translate` for the running browser's language. */
export function t(key: MessageKey, ...args: Array<string | number>): string {
  return translate(key, args);
}

/** The `lang` attribute matching the strings `t` returns. */
export function uiLanguage(language: string | undefined = globalThis.navigator?.language): string {
  return isChinese(language) ? 'zh-CN' : 'en';
}
