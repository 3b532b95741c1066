/**
 * Words and lines that speeches share, in one place: the engine uses them to
 * recognise speech titles and headings, to split a page into speeches, and to
 * see the visible breaks (a renewed salutation, "下面我再讲几点") where a new
 * list starts its own run.
 */

/** Words that name a speech in a title or heading (longer forms first, so the signal names the longer one). */
export const SPEECH_WORDS = ['讲话稿', '讲话', '发言稿', '发言', '致辞', '演讲稿', '演讲', '讲稿', '报告', '贺词', '讲座', '动员', '主持词'] as const;

/** Any of SPEECH_WORDS (a plain alternation: linear). */
export const SPEECH_WORD = new RegExp(SPEECH_WORDS.join('|'));

/**
 * Who a speech addresses at the start of a line: 同志们 同学们、老师们 各位代表
 * 各位院士 尊敬的… 亲爱的…. `各位` takes any short noun (各位院士, 各位企业家).
 */
const ADDRESSEE = /^(?:同志们|同学们|老师们|朋友们|女士们|先生们|战友们|青年朋友们|小朋友们|家长们|代表们|委员们|尊敬的|亲爱的|各位[\u4e00-\u9fff]{1,8}|全体[\u4e00-\u9fff]{1,8}|主席先生)/;

/** Longest salutation line taken as one: 尊敬的各位领导、各位来宾，女士们、先生们： */
const MAX_SALUTATION = 50;

/**
 * The addressee a salutation line opens with (同志们：, 各位院士，同志们：,
 * 同学们、老师们！), or null when the line is not a salutation.
 */
export function salutationOf(text: string): string | null {
  if (text.length > MAX_SALUTATION) return null;
  const m = ADDRESSEE.exec(text);
  if (!m) return null;
  // The whole line is an address: no sentence inside it, only a closing ： ！ or ，.
  for (let i = m[0].length; i < text.length - 1; i++) if ('。？?；;'.includes(text[i] as string)) return null;
  return m[0];
}

/** "下面我再讲几点。" "我简单提三点要求：" "最后，我再强调两点": a speaker opening a new list. */
const NEW_LIST_PHRASE = /(?:再|还|简单|另外)[^。！？]{0,6}(?:讲|提|谈|说|强调|补充)[^。！？]{0,3}(?:几|两|三|四|五|六|七|八|九|十)(?:点|个方面|条)/;

/** 附件 / 附件1： / 附录: the start of an appendix. */
const APPENDIX = /^附(?:件|录|表)[0-9０-９一二三四五六七八九十]{0,2}(?:[:：\s]|$)/;

/** Longest line read as a break: these are short lines of their own. */
const MAX_BREAK_LINE = 60;

/** What kind of visible break a line is: a new list after it starts its own run. */
export type BreakKind = 'salutation' | 'new-list' | 'appendix';

/** The break a line makes, or null for an ordinary paragraph. */
export function breakOf(text: string): BreakKind | null {
  const n = text.length;
  if (n > MAX_BREAK_LINE) return mayCountPoints(text, n - MAX_BREAK_LINE) && NEW_LIST_PHRASE.test(lastSentence(text)) ? 'new-list' : null;
  if (text.charCodeAt(0) === 0x9644 /* 附 */ && APPENDIX.test(text)) return 'appendix';
  const last = text[n - 1] ?? '';
  if ('！!：:'.includes(last) && salutationOf(text) !== null) return 'salutation';
  if (mayCountPoints(text, 0) && NEW_LIST_PHRASE.test(text)) return 'new-list';
  return null;
}

/**
 * A quick "no" before NEW_LIST_PHRASE, which every block is asked: the phrase
 * needs one of 再/还/另/简 and, after it, one of 点/条/面.
 */
function mayCountPoints(text: string, from: number): boolean {
  let lead = false;
  for (let i = Math.max(0, from); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x518d /* 再 */ || c === 0x8fd8 /* 还 */ || c === 0x53e6 /* 另 */ || c === 0x7b80 /* 简 */) lead = true;
    else if (lead && (c === 0x70b9 /* 点 */ || c === 0x6761 /* 条 */ || c === 0x9762 /* 面 */)) return true;
  }
  return false;
}

/** The paragraph's closing sentence (…。下面我再讲几点。), at most MAX_BREAK_LINE characters. */
function lastSentence(text: string): string {
  let i = text.length - 2;
  const stop = Math.max(0, text.length - MAX_BREAK_LINE);
  while (i > stop && !'。！？!?'.includes(text[i] as string)) i--;
  return text.slice(i + 1);
}
