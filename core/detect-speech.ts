/**
 * Decides whether a page is a speech page, with a confidence and the signals
 * behind it. Weights are hand-set from the seed site, the labelled corpus, and
 * the counter-examples (news about a meeting, notices and letters, press
 * conferences, laws, novels, forums, shops). The furniture of official reprints
 * (datelines, 来源/作者/编辑 lines, photo captions, 打印 tools) is set aside
 * before counting news words, so it cannot outweigh a speech's own signals.
 */
import { countPoints } from './outline-document.ts';
import { readPageFurniture } from './page-furniture.ts';
import { salutationOf, SPEECH_WORD, SPEECH_WORDS } from './speech-cues.ts';
import type { SectionSpan } from './split-sections.ts';
import type { Detection, LocatedSection, TextBlock } from './types.ts';

/** 在…会议上的讲话 / 在…时的致辞: the title form of a speech as delivered. */
const DELIVERED = /在[^。！？]{1,60}(?:上|时|中|前)的(?:[^。！？]{0,8})(?:讲话|致辞|报告|发言|演讲|讲稿)/;
/** A title that reports on a meeting or a speech rather than giving it. */
const NEWS_TITLE = /出席[^。！？]{0,40}(?:并|时)(?:发表)?(?:重要)?(?:讲话|致辞)|主持召开|会见|召开$|举行$|答记者问|发布会|记者会|吹风会/;
/** Notices, letters, laws: documents with enumerations that nobody delivers. */
const DOCUMENT_TITLE = /通知|公告|通告|倡议书|一封信|告[\u4e00-\u9fff]{1,8}书|启事|条例|办法|规定|章程|细则|决定$|公报/;
const CLOSING = /谢谢大家|谢谢各位|谢谢！|谢谢!|我的讲话完了|就讲这些|就讲到这里|讲这么多/;
const SITE_SHAPE = /下面是小编整理的|小编为大家|共含[0-9]+篇|精选[0-9]+篇|推荐[0-9]+篇/;
const VOICE = /我们|同志们|大家|我讲/g;
/** News written by a reporter: these survive the furniture filter. */
const NEWS = /本报讯|记者[\u4e00-\u9fff]{0,6}(?:报道|获悉|了解到|从[\u4e00-\u9fff]{1,10}获悉)|通讯员|据悉|央视网消息|据[\u4e00-\u9fff]{1,8}报道/g;
/** A reporter's account of a meeting; a speech about a person (他提出…) uses none of these. */
const REPORTED = /会议(?:强调|指出|要求|认为|号召|决定|听取)|出席(?:会议)?并(?:讲话|致辞|发表讲话)|主持会议|作重要讲话|发表重要讲话|在讲话中(?:强调|指出)|讲话中强调/g;
const LETTER_CLOSING = /^(?:特此通知|特此公告|特此通告|此致|敬礼)[。！!]?$/;
/** Lines of a transcript: 记者：… 答：… 主持人：… */
const TRANSCRIPT_LINE = /^(?:[\u4e00-\u9fff]{0,12}记者|主持人|答|问|发布人)[:：]/;
const LAW_ARTICLE = /^第[一二三四五六七八九十百零〇]+条[ \u3000]/;
const LAW_WORDS = /本法|本条例|本办法|本规定|本细则|自[^。]{1,16}起施行/;
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

/** Blocks looked at for line-shaped signals: enough for a long speech, cheap on a 5 MB page. */
const SAMPLE_CHARS = 20_000;

/** The detection verdict of outline-format v1 for a page's blocks and outline. */
export function detectSpeechPage(blocks: TextBlock[], title: string, sections: LocatedSection[], spans: SectionSpan[]): Detection {
  const signals: string[] = [];
  let score = -2;
  const add = (weight: number, signal: string): void => {
    score += weight;
    signals.push(signal);
  };

  // The sample leaves out reprint furniture and datelines: they say "reprinted", not "news".
  const furniture = readPageFurniture(blocks, SAMPLE_CHARS);
  let sample = '';
  const lines: TextBlock[] = [];
  for (let i = 0; i < blocks.length && sample.length <= SAMPLE_CHARS; i++) {
    if (furniture.lines.has(i)) continue;
    const b = blocks[i] as TextBlock;
    lines.push(b);
    sample += (i === furniture.datelineBlock ? b.text.slice(furniture.datelineLength) : b.text) + '\n';
  }
  const cjk = countCjk(sample);

  const titleWord = SPEECH_WORDS.find((w) => title.includes(w));
  if (titleWord) add(1.5, `title:${titleWord}`);
  if (DELIVERED.test(title)) add(1, 'title:在…上的讲话');
  else if (!titleWord) {
    // A study-column page (学习专栏) whose own heading names the speech or report.
    const heading = lines.slice(0, 15).find((b) => b.text.length <= 60 && SPEECH_WORD.test(b.text));
    if (heading) add(1.2, `heading:${SPEECH_WORDS.find((w) => heading.text.includes(w)) ?? ''}`);
  }
  let salutation: string | null = null;
  for (const b of lines) if ((salutation = salutationOf(b.text)) !== null) break;
  if (salutation !== null) add(2, `salutation:${salutation}`);
  const closing = lines.find((b) => b.text.length <= 80 && CLOSING.test(b.text));
  if (closing) add(1, `closing:${(CLOSING.exec(closing.text) ?? [''])[0]}`);
  const speeches = spans.filter((s) => s.kind !== 'page').length;
  if (speeches >= 2) add(1.5, `sections:${speeches}`);
  if (lines.slice(0, 30).some((b) => SITE_SHAPE.test(b.text))) add(1, 'site:范文合集');
  const points = countPoints({ format: 'speech-outline', version: 1, url: null, title, detection: { isSpeechPage: false, confidence: 0, signals: [] }, sections });
  if (points > 0) add(Math.min(points, 12) / 8, `points:${points}`);
  const perK = (n: number): number => (cjk > 0 ? (n * 1000) / cjk : 0);
  const voice = perK(countMatches(VOICE, sample));
  if (voice >= 2) add(Math.min(voice / 8, 1), `voice:${voice.toFixed(1)}/千字`);
  if (furniture.count > 0) signals.push(`reprint:${furniture.count}`); // seen, and weighed at nothing

  if (NEWS_TITLE.test(title)) add(-3, 'title:新闻');
  const news = countMatches(NEWS, sample) + countMatches(REPORTED, sample);
  if (news >= 2 && news > speeches) add(-Math.min(1 + news / 2, 4), `news:${news}`);
  const documentWord = DOCUMENT_TITLE.exec(title);
  const letterClosings = lines.filter((b) => b.text.length <= 8 && LETTER_CLOSING.test(b.text)).length;
  if (documentWord || letterClosings > 0) add(-3, `document:${documentWord?.[0] ?? '特此/此致'}`);
  const transcript = lines.filter((b) => TRANSCRIPT_LINE.test(b.text)).length;
  if (transcript >= 3) add(-3.5, `transcript:${transcript}`);
  const articles = lines.filter((b) => LAW_ARTICLE.test(b.text)).length;
  if (articles >= 3 && LAW_WORDS.test(sample)) add(-4, `law:${articles}`);
  const novelHeads = lines.filter((b) => b.text.length <= 40 && NOVEL.test(b.text)).length + (NOVEL.test(title) ? 1 : 0);
  const dialogue = perK(countMatches(DIALOGUE, sample));
  if (novelHeads > 0 || dialogue >= 3) add(-3, `novel:${novelHeads}/${dialogue.toFixed(1)}`);
  const forum = countMatches(FORUM, sample);
  if (forum >= 3) add(-2.5, `forum:${forum}`);
  const shop = countMatches(SHOP, sample);
  if (shop >= 2) add(-3, `shop:${shop}`);
  if (cjk < 150) add(-3, `short:${cjk}`);
  const confidence = Math.round(sigmoid(score) * 100) / 100;
  return { isSpeechPage: confidence >= 0.5, confidence, signals };
}
