import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, extractOutline } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { loadFixture } from '../dom/load-fixture.ts';
import { parseSpk, plainTextOf } from './corpus/read-spk.ts';
import { outlineOf } from './helpers.ts';

function detectHtml(name: string) {
  const page = readPage(loadFixture(name));
  return extractOutline(page.blocks, { title: page.title, url: `https://example.com/${name}` }).detection;
}

/** The first paragraphs of a corpus text, as a page that shows only them. */
function corpusOpening(file: string, paragraphs: number): string[] {
  const spk = parseSpk(readFileSync(fileURLToPath(new URL(`../../../shared/corpus/${file}`, import.meta.url)), 'utf8'));
  return plainTextOf(spk).split('\n').filter((l) => l.trim() !== '').slice(1, paragraphs + 1);
}

describe('detectSpeechPage on official reprints', () => {
  it('recognises a reprinted speech despite its dateline, source line, photo captions and 责编 line', () => {
    const d = detectHtml('reprint-speech.html');
    expect(d.isSpeechPage).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.9);
    // The deciding signals are the speech's own; the furniture is named and weighed at nothing.
    expect(d.signals).toEqual(expect.arrayContaining(['title:在…上的讲话', 'salutation:同志们']));
    expect(d.signals.find((s) => s.startsWith('reprint:'))).toBeDefined();
    expect(d.signals.find((s) => s.startsWith('news:'))).toBeUndefined();
  });

  it('recognises a saved report page with 下载/打印/【字号】 tools and 来源/时间 lines', () => {
    const d = detectHtml('reprint-report.html');
    expect(d.isSpeechPage).toBe(true);
    expect(d.signals).toEqual(expect.arrayContaining(['title:报告', 'salutation:各位代表']));
  });

  it('recognises the 2016 report as Xinhua carried it: 新华社北京3月17日电 before the title line', () => {
    const lines = corpusOpening('dev-07.spk', 400);
    expect(lines[0]).toBe('新华社北京3月17日电');
    const o = outlineOf(lines.join('\n'), '2016年政府工作报告');
    expect(o.detection.isSpeechPage).toBe(true);
  });

  it('recognises a commemorative speech that speaks of its subject in the third person', () => {
    // Paraphrased from the shape of 在纪念刘少奇同志诞辰120周年座谈会上的讲话 (2018).
    const text = [
      '同志们，朋友们：',
      '今天，我们在这里隆重集会，纪念刘少奇同志诞辰120周年，缅怀他为中国人民解放和幸福建立的不朽功勋。',
      '刘少奇同志是伟大的马克思主义者，是党和国家的卓越领导人。他提出，党员要做党的驯服工具，也要做人民的勤务员。他强调，共产党员要加强修养。他指出，党的建设要从思想上入手。',
      '在长期革命斗争中，他提出了一系列重要思想。他要求全党同志密切联系群众，他表示要始终把人民放在心中。',
      '我们纪念刘少奇同志，就是要学习他坚定的理想信念，学习他忠诚为民的公仆情怀，学习他严于律己的崇高风范。',
      '同志们、朋友们！让我们更加紧密地团结在党中央周围，为实现中华民族伟大复兴的中国梦而不懈奋斗！',
    ].join('\n');
    const o = outlineOf(text, '在纪念刘少奇同志诞辰120周年座谈会上的讲话');
    expect(o.detection.isSpeechPage).toBe(true);
    expect(o.detection.signals.find((s) => s.startsWith('news:'))).toBeUndefined();
  });

  it('recognises a study-column page whose title names no speech, by the report heading in its body', () => {
    const lines = corpusOpening('dev-07.spk', 120).slice(1); // without the dateline
    lines[0] = '2016年政府工作报告全文';
    const o = extractOutline(blocksFromPlainText(lines.join('\n')), { title: '学习专栏--党政办-某某中学', url: null });
    expect(o.title).toBe('学习专栏');
    expect(o.detection.isSpeechPage).toBe(true);
    expect(o.detection.signals).toEqual(expect.arrayContaining(['heading:报告']));
  });

  it('takes 各位院士，同志们： for a salutation', () => {
    const o = outlineOf(['各位院士，同志们：', '今天，我们隆重召开两院院士大会。我们要坚持创新驱动，大家要勇攀科技高峰。'].join('\n'), '在两院院士大会上的讲话');
    expect(o.detection.signals).toContain('salutation:各位院士');
  });
});

describe('detectSpeechPage on WeChat articles (mp.weixin.qq.com is on the curated list)', () => {
  const wechat = (body: string[]) => ['原创 学习小组 某某发布 2024年03月06日 08:00 北京', '点击蓝字关注我们', ...body, '阅读原文', '分享收藏点赞在看'];

  it('recognises a speech an official account reprints, around the account’s furniture', () => {
    const lines = wechat(corpusOpening('dev-01.spk', 60));
    const o = outlineOf(lines.join('\n'), '在决战决胜脱贫攻坚座谈会上的讲话');
    expect(o.detection.isSpeechPage).toBe(true);
    // The four lines of the account, and the text's own closing （新华社北京3月6日电）.
    expect(o.detection.signals.find((s) => s.startsWith('reprint:'))).toBe('reprint:5');
  });

  it('keeps quiet on an ordinary account article with a numbered list', () => {
    const lines = wechat([
      '春天到了，很多朋友问我们周末去哪里玩。小编整理了几个好去处，一起来看看吧！',
      '1.城南湿地公园：油菜花开得正好，适合拍照。',
      '2.北山森林步道：全程约5公里，老少皆宜。',
      '3.老街美食街：小吃种类多，人均50元左右。',
      '喜欢的话记得转发给身边的朋友哦！',
    ]);
    const o = outlineOf(lines.join('\n'), '周末去哪儿？这几个地方美翻了');
    expect(o.detection.isSpeechPage).toBe(false);
  });
});

describe('detectSpeechPage still rejects', () => {
  it('news about a meeting: 出席并讲话, 会议强调', () => {
    const text = [
      '本报讯（记者 林海）3月5日，全市安全生产工作会议召开。市长王建国出席并讲话。',
      '会议强调，各地要压紧压实安全生产责任。王建国在讲话中指出，要抓好以下工作：一是深入排查隐患；二是强化执法检查；三是做好应急准备。',
      '会议要求，各部门要守土有责、守土尽责，确保全市安全生产形势持续稳定。据悉，会后各区将召开专题会议进行部署。',
    ].join('\n');
    const o = outlineOf(text, '王建国出席全市安全生产工作会议并讲话');
    expect(o.detection.isSpeechPage).toBe(false);
    expect(o.detection.signals).toEqual(expect.arrayContaining(['title:新闻']));
  });

  it('an open letter to parents with 一、二、三、', () => {
    const text = [
      '亲爱的家长：',
      '您好！寒假即将来临，为了让孩子度过一个安全、快乐、有意义的假期，现将有关事项告知如下：',
      '一、注意交通安全。教育孩子遵守交通规则，不乘坐无牌无证车辆，我们提醒大家注意出行安全。',
      '二、注意防火防电。不玩火，不私拉乱接电线，大家要教育孩子安全使用电器。',
      '三、合理安排作息。督促孩子按时完成寒假作业，适当参加家务劳动和体育锻炼。',
      '特此通知',
      '某某中学',
      '2024年1月20日',
    ].join('\n');
    const o = outlineOf(text, '致全体家长的一封信');
    expect(o.detection.isSpeechPage).toBe(false);
    expect(o.detection.signals.find((s) => s.startsWith('document:'))).toBeDefined();
  });

  it('a press-conference transcript', () => {
    const text = [
      '主持人：各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。',
      '新华社记者：请问今年稳就业有哪些新举措？',
      '答：谢谢你的提问。我们将从三个方面发力：一是扩大就业岗位；二是加强技能培训；三是兜牢民生底线。',
      '人民日报记者：请介绍一下城市更新的进展。',
      '答：今年我们将启动一批城中村改造项目，大家关心的问题我们都会认真研究。',
    ].join('\n');
    const o = outlineOf(text, '市政府新闻办举行新闻发布会');
    expect(o.detection.isSpeechPage).toBe(false);
    expect(o.detection.signals.find((s) => s.startsWith('transcript:'))).toBeDefined();
  });

  it('a law in 第一条…第N条', () => {
    const text = [
      '第一章 总则',
      '第一条 为了规范城市管理，维护公共秩序，根据有关法律，结合本市实际，制定本条例。',
      '第二条 本条例适用于本市行政区域内的城市管理活动。',
      '第三条 城市管理应当坚持以人民为中心，遵循依法管理、公众参与的原则。',
      '第四条 市人民政府应当加强对城市管理工作的领导。',
      '第二章 附则',
      '第五条 本条例自2024年5月1日起施行。',
    ].join('\n');
    const o = outlineOf(text, '某某市城市管理条例');
    expect(o.detection.isSpeechPage).toBe(false);
  });
});
