/**
 * Words jieba tags as nouns that are not topics: function words glued to a
 * character (所犯, 有所, 基本上, 系统地), time words (本学期, 年度), vague
 * quantities and references (方方面面, 前者), and exhortation compounds — a
 * manner adverb of the speech stop-list fused with a verb (充分发挥, 认真学习,
 * 严格执行). A keyword chip made of any of these tells the reader nothing.
 */

/** Filler that passes the part-of-speech filter, seen on real speech pages. */
const FILLER: ReadonlySet<string> = new Set([
  // Function words and fragments jieba calls nouns.
  '所犯', '所在', '有所', '无法', '基本', '基本上', '有力', '有序', '有关', '凡事', '凡需', '太多', '杜绝', '合理',
  '精心', '极端', '把握住', '要带头', '比较突出', '比较支持', '实践证明', '产生', '利用', '结果', '目的',
  // Vague quantities and references.
  '方方面面', '前者', '后者', '全部', '全体', '部分', '个人', '人们', '条件', '内容', '范围', '程度', '角度', '层面',
  '环节', '因素', '形式', '状况', '状态', '总体', '整体', '意义',
  // Time words.
  '本学期', '本学年', '本年度', '年度', '时间', '小时', '上半年', '下半年', '去年', '近年', '近年来', '以来', '期间',
  '当今', '如今', '过去', '将来', '未来',
]);

/** Manner adverbs that, fused with a verb, make an exhortation rather than a topic. */
const EXHORTATION_PREFIXES = ['进一步', '充分', '认真', '积极', '大力', '努力', '严格', '不断', '精心', '切实', '着力', '坚决', '扎实', '集中', '全面', '深入'];

/** Compounds of such a prefix that do name a thing. */
const PREFIXED_TOPICS: ReadonlySet<string> = new Set(['积极分子', '全面从严治党', '全面深化改革', '深入基层']);

/** True when `word` is filler that should never become a keyword chip. */
export function isFillerWord(word: string): boolean {
  if (FILLER.has(word)) return true;
  // 系统地, 检查和, 现状及, 事务时: a word with a function character stuck to its end.
  if ([...word].length >= 3 && /[地和及时]$/u.test(word) && !/(基地|根据地|目的地)$/u.test(word)) return true;
  // 在实践中: a prepositional phrase read as one word.
  if (/^在.+[中上下里]$/u.test(word)) return true;
  if (PREFIXED_TOPICS.has(word)) return false;
  return EXHORTATION_PREFIXES.some((prefix) => word.startsWith(prefix) && [...word].length - [...prefix].length >= 2);
}
