/**
 * Decides whether a page is a speech page, with a confidence and the signals
 * behind it. Weights are hand-set from the seed site and the counter-examples
 * (news reports about speeches, novel chapters, forum lists, shop pages).
 */
import { countPoints } from './outline-document.ts';
import type { SectionSpan } from './split-sections.ts';
import type { Detection, LocatedSection, TextBlock } from './types.ts';

const TITLE_WORDS = ['讲话稿', '讲话', '发言稿', '发言', '致辞', '演讲稿', '演讲', '讲稿', '报告', '贺词', '动员', '主持词'];
const SALUTATION = /^(同志们|各位领导|尊敬的|各位代表|各位来宾|各位委员|女士们|亲爱的|各位同事|各位同志|老师们|同学们|各位党员|主席先生|各党支部|各位嘉宾|朋友们)[^。！？]{0,40}$/;
const CLOSING = /谢谢大家|谢谢各位|谢谢！|谢谢!|我的讲话完了|就讲这些|就讲到这里|讲这么多/;
const SITE_SHAPE = /下面是小编整理的|小编为大家|共含[0-9]+篇|精选[0-9]+篇|推荐[0-9]+篇/;
const VOICE = /我们|同志们|大家|我讲/g;
const NEWS = /本报讯|记者|新华社|日电|电（|电\(|责任编辑|来源[:：]|通讯员|据悉|央视网消息/g;
const THIRD_PERSON = /(?:他|她|会议)(?:强调|指出|表示|要求|提出)|出席会议|主持会议|发表讲话|作重要讲话/g;
const NOVEL = /^第[一二三四五六七八九十百零〇0-9]+[章回节]/;
const DIALOGUE = /[”"][^，。]{0,4}(?:说|道|问|喊|笑)/g;
const FORUM = /楼主|回复|沙发|发表于|引用|只看该作者|[0-9]+楼/g;
const SHOP = /加入购物车|立即购买|包邮|￥|月销|优惠券/g;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Counts CJK ideographs, the measure of how much Chinese text a page has. */
function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** The detection verdict of outline-format v1 for a page's blocks and outline. */
export function detectSpeechPage(blocks: TextBlock[], title: string, sections: LocatedSection[], spans: SectionSpan[]): Detection {
  const signals: string[] = [];
  // Look at a bounded sample (~20k characters, a long speech): enough for the signals, cheap on a 5 MB page.
  let sample = '';
  for (const b of blocks) {
    if (sample.length > 20_000) break;
    sample += b.text + '\n';
  }
  const cjk = countCjk(sample);
  let score = -2;

  const titleWord = TITLE_WORDS.find((w) => title.includes(w));
  if (titleWord) {
    score += 1.5;
    signals.push(`title:${titleWord}`);
  }
  const salutation = blocks.find((b) => b.text.length <= 50 && SALUTATION.test(b.text));
  if (salutation) {
    score += 2;
    signals.push(`salutation:${(SALUTATION.exec(salutation.text) ?? [''])[1] ?? ''}`);
  }
  const closing = blocks.find((b) => b.text.length <= 80 && CLOSING.test(b.text));
  if (closing) {
    score += 1;
    signals.push(`closing:${(CLOSING.exec(closing.text) ?? [''])[0]}`);
  }
  const speeches = spans.filter((s) => s.kind !== 'page').length;
  if (speeches >= 2) {
    score += 1.5;
    signals.push(`sections:${speeches}`);
  }
  if (blocks.slice(0, 30).some((b) => SITE_SHAPE.test(b.text))) {
    score += 1;
    signals.push('site:范文合集');
  }
  const points = countPoints({ format: 'speech-outline', version: 1, url: null, title, detection: { isSpeechPage: false, confidence: 0, signals: [] }, sections });
  if (points > 0) {
    score += Math.min(points, 12) / 8;
    signals.push(`points:${points}`);
  }
  const perK = (n: number): number => (cjk > 0 ? (n * 1000) / cjk : 0);
  const voice = perK(countMatches(VOICE, sample));
  if (voice >= 2) {
    score += Math.min(voice / 8, 1);
    signals.push(`voice:${voice.toFixed(1)}/千字`);
  }

  const news = countMatches(NEWS, sample) + countMatches(THIRD_PERSON, sample);
  if (news >= 2 && news > speeches) {
    score -= Math.min(1 + news / 2, 4);
    signals.push(`news:${news}`);
  }
  const novelHeads = blocks.filter((b) => b.text.length <= 40 && NOVEL.test(b.text)).length + (NOVEL.test(title) ? 1 : 0);
  const dialogue = perK(countMatches(DIALOGUE, sample));
  if (novelHeads > 0 || dialogue >= 3) {
    score -= 3;
    signals.push(`novel:${novelHeads}/${dialogue.toFixed(1)}`);
  }
  const forum = countMatches(FORUM, sample);
  if (forum >= 3) {
    score -= 2.5;
    signals.push(`forum:${forum}`);
  }
  const shop = countMatches(SHOP, sample);
  if (shop >= 2) {
    score -= 3;
    signals.push(`shop:${shop}`);
  }
  if (cjk < 150) {
    score -= 3;
    signals.push(`short:${cjk}`);
  }
  const confidence = Math.round(sigmoid(score) * 100) / 100;
  return { isSpeechPage: confidence >= 0.5, confidence, signals };
}
