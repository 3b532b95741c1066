/**
 * Recognises one enumeration marker at a given position of a text, for every
 * family speeches use, and rejects the look-alikes (第一次, 一是一、二是二,
 * 最后，祝大家…, 1.5亿元, (2023)…). Sequence checks happen later: this module only
 * answers "could a point start here?".
 */
import { CN_NUMERAL_CODES, isCnNumeralChar, isDigitCode, parseCircled, parseCnNumeral, parseDigits } from './numerals.ts';

/**
 * A marker family. Depth comes from the order families appear in a section;
 * `gbRank` (GB/T 9704: 一、 > （一） > 1. > （1）) only breaks ties.
 */
export type MarkerFamily =
  | 'cn-dun' // 一、
  | 'cn-paren' // （一）
  | 'ar-dot' // 1. 1、 1．
  | 'ar-paren' // （1） 1）
  | 'circled' // ①
  | 'di' // 第一， 第一条 第一部分
  | 'shi' // 一是 一要 一则
  | 'qi' // 其一
  | 'seq' // 首先 其次 再次 最后
  | 'label' // 理由一： 原因之二：
  | 'dash'; // ——40年来，我们… (a run of dash-led paragraphs)

/** A marker found at a position; `end` is just past the marker (and its punctuation). */
export interface MarkerMatch {
  family: MarkerFamily;
  /** 1-based number; for 最后 it is 0 until the sequence gives it one. */
  ordinal: number;
  /** True for 最后, whose number is "one more than the previous". */
  isLast: boolean;
  start: number;
  end: number;
  /**
   * What sets apart lists of one family: the verb of 一是/一要/一则, the unit of
   * 第一条/第一部分, the noun of 理由一. Lists with another variant are other lists
   * when nesting ('' when the family has none).
   */
  variant: string;
}

/** GB/T 9704 rank of the families that standard orders; lower is higher in the hierarchy. */
export const GB_RANK: Partial<Record<MarkerFamily, number>> = {
  'cn-dun': 1,
  'cn-paren': 2,
  'ar-dot': 3,
  'ar-paren': 4,
  circled: 5,
};

const SP = '[ \\u00a0\\u3000\\t]{0,2}';
const CN = '[一二三四五六七八九十百〇零]{1,5}';
const AR = '[0-9０-９]{1,3}';

const RE_CIRCLED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf][、．.]?/y;
const RE_CN_PAREN = new RegExp(`[（(]${SP}(${CN})${SP}[)）]`, 'y');
const RE_AR_PAREN = new RegExp(`[（(]${SP}(${AR})${SP}[)）]|(${AR})[)）]`, 'y');
const RE_CN_DUN = new RegExp(`(${CN})${SP}[、．.]`, 'y');
const RE_AR_DOT = new RegExp(`(${AR})${SP}[.．、]`, 'y');
const RE_DI = new RegExp(`第(${CN})(条|部分|点|项|个方面|方面)?`, 'y');
const RE_SHI = /([一二三四五六七八九十]{1,3})(是|要|则)/y;
const RE_QI = /其([一二三四五六七八九十]{1,3})/y;
/** Nouns that label a list's items (理由一：, 原因之二：), as an alternation: a closed list, so the scan stays cheap. */
const LABEL_NOUNS = '理由|原因|措施|问题|特点|经验|启示|体会|做法|办法|目标|任务|要求|建议|途径|原则|重点|亮点|举措|对策|思路|好处|作用|意义|标准|阶段|步骤|环节|成效|表现|危害|收获|感悟|案例|场景|方案|观点';
const RE_LABEL = new RegExp(`(${LABEL_NOUNS})(之)?([一二三四五六七八九十]{1,3})[ \u3000]{0,2}[：:，,、]`, 'y');
/** First characters of LABEL_NOUNS, for the quick check before the regex. */
const LABEL_FIRST_CODES = new Set(LABEL_NOUNS.split('|').map((w) => w.charCodeAt(0)));
const RE_SEQ = /首先|其次|再次|再者|最后/y;
const RE_PUNCT_AFTER = /[ \u3000]{0,2}[，,、：:][ \u3000]{0,2}/y;

/** Closing formulas that make 最后 a farewell, not a point (最后，祝大家…). */
const CLOSING_AFTER_LAST = /[ \u3000]{0,2}(?:[，,、][ \u3000]{0,2})?(?:祝|预祝|谢谢|感谢|再次|让我们|我代表|我谨|衷心|恭祝|敬祝)/y;
/** Words that make a short 最后… sentence a thank-you rather than a point. */
const THANKS = /感谢|谢谢|祝贺|祝愿|祝大家|致以|问候|敬意/;

/** True when the sentence after 最后 is a farewell (最后，我再次向各位表示感谢！). */
function isFarewell(text: string, end: number): boolean {
  if (execAt(CLOSING_AFTER_LAST, text, end)) return true;
  let stop = end;
  while (stop < text.length && stop < end + 40 && !'。！？!?'.includes(text[stop] as string)) stop++;
  return THANKS.test(text.slice(end, stop));
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Extends a marker over the punctuation that follows it (第一, → "第一,"). */
function withPunct(text: string, end: number): number {
  const m = execAt(RE_PUNCT_AFTER, text, end);
  if (!m) return end;
  // Keep trailing spaces out of the marker.
  let e = end + m[0].length;
  while (e > end && /[ \u3000]/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Words after "一、二" that make it a numeral pair (一、二季度, 一、二线城市, 一、二产业), not a point. */
const LIST_UNITS = '年级月类等个季线产批期号层档次届轮星代';

/**
 * True when a numeral list follows at `pos`: 一、二年级, 三、四月份 (the next
 * number, then a unit), or any numeral followed by 、 (一是一、二是二).
 */
function numeralListFollows(text: string, pos: number, ordinal: number): boolean {
  let i = pos;
  while (i < text.length && i < pos + 3 && isCnNumeralChar(text[i])) i++;
  if (i === pos) return false;
  const next = text[i];
  if (next === '、') return true;
  const isNext = parseCnNumeral(text.slice(pos, i)) === ordinal + 1;
  return isNext && next !== undefined && LIST_UNITS.includes(next);
}

function makeMatch(family: MarkerFamily, ordinal: number, start: number, end: number, isLast = false, variant = ''): MarkerMatch | null {
  if (!isLast && !(ordinal >= 1 && ordinal <= 99)) return null;
  return { family, ordinal, isLast, start, end, variant };
}

const C = (s: string): number => s.charCodeAt(0);
const AFTER_CN_NUMERAL = new Set([...'、．.是要则 \u3000'].map(C));

/**
 * A quick "no" for most positions before any regex runs: 一个, 第一次-like
 * words still pass here and are rejected by the full match.
 */
function secondCharFits(first: number, second: number): boolean {
  if (CN_NUMERAL_CODES.has(first)) return CN_NUMERAL_CODES.has(second) || AFTER_CN_NUMERAL.has(second);
  switch (first) {
    case 0x7b2c: // 第
      return CN_NUMERAL_CODES.has(second);
    case 0x5176: // 其
      return CN_NUMERAL_CODES.has(second) || second === 0x6b21; // 次
    case 0x2014: // —
      return second === 0x2014;
    case 0x9996: // 首
      return second === 0x5148; // 先
    case 0x518d: // 再
      return second === 0x6b21 || second === 0x8005; // 次 者
    case 0x6700: // 最
      return second === 0x540e; // 后
    default:
      return true;
  }
}

/**
 * The marker starting exactly at `pos`, or null. `pos` must already be at the
 * start of a block or just after an inline boundary (。；：！？， and their half-width forms).
 */
export function matchMarkerAt(text: string, pos: number): MarkerMatch | null {
  const ch = text[pos];
  if (ch === undefined) return null;
  const code = ch.charCodeAt(0);
  if (!secondCharFits(code, text.charCodeAt(pos + 1))) return null;
  let m: RegExpExecArray | null;

  if ((code >= 0x2460 && code <= 0x2473) || (code >= 0x3251 && code <= 0x325f) || (code >= 0x32b1 && code <= 0x32bf)) {
    m = execAt(RE_CIRCLED, text, pos);
    return m ? makeMatch('circled', parseCircled(ch), pos, pos + m[0].length) : null;
  }

  if (ch === '（' || ch === '(') {
    if ((m = execAt(RE_CN_PAREN, text, pos))) {
      const end = pos + m[0].length;
      if (text[end] === '班' || text[end] === '号' || text.startsWith('年级', end)) return null; // (一)班, (二)号, (三)年级
      return makeMatch('cn-paren', parseCnNumeral(m[1] ?? ''), pos, end);
    }
    if ((m = execAt(RE_AR_PAREN, text, pos))) {
      return makeMatch('ar-paren', parseDigits(m[1] ?? m[2] ?? ''), pos, pos + m[0].length);
    }
    return null;
  }

  if (isDigitCode(code)) {
    if ((m = execAt(RE_AR_DOT, text, pos))) {
      const end = pos + m[0].length;
      const next = text.charCodeAt(end);
      if (isDigitCode(next)) return null; // 1.5亿元, 2023.1.5
      return makeMatch('ar-dot', parseDigits((m[1] ?? '').trim()), pos, end);
    }
    if ((m = execAt(RE_AR_PAREN, text, pos))) {
      return makeMatch('ar-paren', parseDigits(m[2] ?? m[1] ?? ''), pos, pos + m[0].length);
    }
    return null;
  }

  if (ch === '第') {
    m = execAt(RE_DI, text, pos);
    if (!m) return null;
    const ordinal = parseCnNumeral(m[1] ?? '');
    let end = pos + m[0].length;
    const next = text[end];
    if (m[2] !== undefined) {
      // 第一条 / 第一部分: a unit word makes it an enumeration on its own.
      return makeMatch('di', ordinal, pos, withPunct(text, end), false, m[2]);
    }
    if (next === undefined) return makeMatch('di', ordinal, pos, end);
    if (/[，,、：:．.]/.test(next)) {
      end = withPunct(text, end);
      if (next === '、' && isCnNumeralChar(text[end])) return null; // 第一、二批
      if (next === '.' && isDigitCode(text.charCodeAt(end))) return null;
      return makeMatch('di', ordinal, pos, end);
    }
    if (next === ' ' || next === '\u3000') return makeMatch('di', ordinal, pos, end);
    // 第一要牢固树立…, 第三是… — but not 第一要务, 第一要事.
    if (next === '要' && !/[务事素义]/.test(text[end + 1] ?? '')) return makeMatch('di', ordinal, pos, end);
    if (next === '是' || (next === '就' && text[end + 1] === '是')) return makeMatch('di', ordinal, pos, end);
    return null; // 第一次, 第一书记, 第三季度, 第一时间…
  }

  if (ch === '其') {
    m = execAt(RE_QI, text, pos);
    if (m) {
      const end = pos + m[0].length;
      const next = text[end];
      if (next !== undefined && !/[，,、：:是 \u3000]/.test(next)) return null; // 其一般, 其二者
      return makeMatch('qi', parseCnNumeral(m[1] ?? ''), pos, withPunct(text, end));
    }
    // falls through to 其次
  }

  if (ch === '首' || ch === '其' || ch === '再' || ch === '最') {
    m = execAt(RE_SEQ, text, pos);
    if (!m) return null;
    const word = m[0];
    const end = pos + word.length;
    const next = text[end] ?? '';
    const punctEnd = withPunct(text, end);
    const hasPunct = punctEnd > end;
    if (word === '再次' || word === '再者') {
      // 再次感谢 / 再次向…表示 are not "thirdly".
      if (!hasPunct && next !== '要' && next !== '是') return null;
      return makeMatch('seq', 3, pos, punctEnd);
    }
    if (word === '最后') {
      if (isFarewell(text, end)) return null; // 最后，祝大家… / 最后，我再次表示感谢
      if (!hasPunct && !/[要是一还]/.test(next)) return null; // 最后的, 最后阶段
      return makeMatch('seq', 0, pos, punctEnd, true);
    }
    if (word === '其次') {
      if (!hasPunct && /[才的于之]/.test(next)) return null; // …其次才是…, 其次的, 次于
      return makeMatch('seq', 2, pos, punctEnd);
    }
    return makeMatch('seq', 1, pos, punctEnd); // 首先
  }

  if (isCnNumeralChar(ch)) {
    if ((m = execAt(RE_CN_DUN, text, pos))) {
      const end = pos + m[0].length;
      if (numeralListFollows(text, end, parseCnNumeral(m[1] ?? ''))) return null; // 一、二年级
      if (m[0].endsWith('.') && isDigitCode(text.charCodeAt(end))) return null;
      return makeMatch('cn-dun', parseCnNumeral(m[1] ?? ''), pos, end);
    }
    if ((m = execAt(RE_SHI, text, pos))) {
      const end = pos + m[0].length;
      const verb = m[2];
      const next = text[end] ?? '';
      if (verb === '是' && (numeralListFollows(text, end, parseCnNumeral(m[1] ?? '')) || next === '否')) return null; // 一是一、二是二
      if (verb === '要' && /[求务素点件闻]/.test(next)) return null; // 一要求
      if (verb === '则' && /^(消息|新闻|故事|通知|公告|笑话|报道|广告|短讯)/.test(text.slice(end, end + 2))) return null;
      return makeMatch('shi', parseCnNumeral(m[1] ?? ''), pos, withPunct(text, end), false, verb);
    }
  }

  if (ch === '—') {
    // ——40年来，我们… : a dash-led paragraph; numbered later by its place in a run of them.
    if (text[pos + 1] !== '—' || text[pos + 2] === '—') return null;
    return makeMatch('dash', 1, pos, pos + 2);
  }

  if (LABEL_FIRST_CODES.has(code) && (m = execAt(RE_LABEL, text, pos))) {
    const end = pos + m[0].length - 1;
    return makeMatch('label', parseCnNumeral(m[3] ?? ''), pos, withPunct(text, end), false, m[1] ?? '');
  }
  return null;
}
