import { describe, expect, it } from 'vitest';
import { blocksFromPlainText, extractOutline, type ExtractedOutline } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { loadFixture, readFixture } from '../dom/load-fixture.ts';
import { allPoints, sketch } from './helpers.ts';

/** Full-width punctuation folded to half-width, so the three site shapes compare line by line. */
function fold(s: string): string {
  return s.replace(/[，：；（）！？．]/g, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '．': '.' })[c] ?? c);
}

function fromText(): ExtractedOutline {
  const blocks = blocksFromPlainText(readFixture('seed.txt'));
  return extractOutline(blocks, { title: blocks[0]?.text ?? '', url: null });
}

function fromHtml(name: string): ExtractedOutline {
  const page = readPage(loadFixture(name));
  return extractOutline(page.blocks, { title: page.title, url: 'https://example.com/fanwen/1.html' });
}

const layouts: Array<[string, () => ExtractedOutline]> = [
  ['the saved text', fromText],
  ['the p-per-line page with half-width punctuation', () => fromHtml('seed-p.html')],
  ['the <br> page with full-width punctuation and 　　 indents', () => fromHtml('seed-br.html')],
];

describe('extractOutline on the seed page (篇1…篇18)', () => {
  describe.each(layouts)('from %s', (_name, load) => {
    const o = load();
    const section = (prefix: string) => {
      const s = o.sections.find((x) => fold(x.title).startsWith(prefix));
      if (!s) throw new Error(`no section ${prefix}`);
      return s;
    };

    it('recognises a speech page by its title, salutation, 篇 headings and points', () => {
      expect(o.title).toBe('在全省党委秘书长会议讲话');
      expect(o.detection.isSpeechPage).toBe(true);
      expect(o.detection.confidence).toBeGreaterThan(0.9);
      expect(o.detection.signals).toEqual(expect.arrayContaining(['title:讲话', 'salutation:同志们']));
    });

    it('yields one section per speech, in order, and splits 篇4’s sub-speeches', () => {
      const pian = o.sections.filter((s) => s.title.startsWith('篇')).map((s) => fold(s.title).split(':')[0]);
      expect(pian).toEqual(Array.from({ length: 18 }, (_, i) => `篇${i + 1}`));
      expect(o.sections.map((s) => fold(s.title))).toContain('在党员会议上的讲话(二)');
      expect(o.sections.map((s) => fold(s.title))).toContain('在党员会议上的讲话(三)');
    });

    it('outlines 篇1: three parts (一)(二)(三) with 第一…第八 and 一要… under them', () => {
      const lines = sketch(section('篇1:').points).map(fold);
      expect(lines.slice(0, 12)).toEqual([
        '(一)',
        '  第一,党性是根本',
        '  第二,宗旨是本质',
        '  第三,全局是站位',
        '    ~一是全党全国工作大局',
        '    ~二是我们本级党委工作的职责范围',
        '  第四,枢纽是定位',
        '  第五,服务是职责',
        '  第六,责任是关键',
        '  第七,严格是形象',
        '  第八,运作是要领',
        '(二)',
      ]);
      expect(lines.slice(-5)).toEqual(['(三)', '  一要重视', '  二要严格', '  三要理解', '  四要支持']);
    });

    it('outlines 篇2: 一、二、三、 with (一)…(七) restarting under each and 一要… under 三、', () => {
      const lines = sketch(section('篇2:').points).map(fold);
      expect(lines.filter((l) => !l.startsWith(' '))).toEqual([
        '一、##年全市党委办公室工作回顾',
        '二、围绕中心,认真做好党委办公室的各项工作',
        '三、切实加强各级党委办公室的自身建设',
      ]);
      expect(lines).toContain('  (七)干部队伍建设得到新加强');
      expect(lines).toContain('  (七)__要万无一失');
      expect(lines.slice(-5)).toEqual(['  一要切实加强学习', '  二要加强作风建设', '  三要加强制度建设', '  四要加强能力建设', '  五要加强队伍建设']);
    });

    it('outlines 篇13 three levels deep: 一、 > (一) > 1. and inline 一是 runs', () => {
      const lines = sketch(section('篇13:').points).map(fold);
      expect(lines.slice(0, 7)).toEqual([
        '一、20xx年工作回顾',
        '  (一)学术交流活动成效显著',
        '    1.积极搭建综合学术交流平台,积极筹办第三届中国林业学术大会',
        '    2.分支机构和省级林学会学术交流活动十分活跃',
        '    3.《林学名词》第二版审定工作顺利推进',
        '    4.国际民间学术交流与合作不断加强',
        '  (二)组织开展了形式多样的科普活动',
      ]);
      expect(lines).toContain('    四要把服务作为学会的永恒主题,不断提升服务能力和水平,以服务促发展');
    });

    it('outlines 篇18 without its greeting 首先 or its closing 最后', () => {
      const points = section('篇18:').points;
      expect(points.map((p) => [fold(p.marker), p.ordinal, p.inline])).toEqual([
        ['首先,', 1, true],
        ['第二,', 2, false],
        ['第三,', 3, false],
      ]);
      expect(points[0]?.title.startsWith('我将认真学习')).toBe(true);
    });

    it('finds 338 points, 137 of them inside paragraphs, at most three levels deep', () => {
      const points = allPoints(o);
      expect(points.length).toBe(338);
      expect(points.filter((p) => p.inline).length).toBe(137);
      expect(Math.max(...points.map((p) => p.depth))).toBe(3);
    });
  });

  it('gives the same outline on all three site shapes, punctuation aside', () => {
    const [text, p, br] = layouts.map(([, load]) => load().sections.map((s) => sketch(s.points).map(fold)));
    expect(p).toEqual(text);
    expect(br).toEqual(text);
  });
});

describe('extractOutline on Word-pasted markup', () => {
  it('reads markers split across <span>s and <b> as whole markers', () => {
    const o = fromHtml('seed-word.html');
    const lines = sketch(o.sections[0]!.points).map(fold);
    expect(lines.slice(0, 3)).toEqual(['(一)', '  第一,党性是根本', '  第二,宗旨是本质']);
    expect(o.sections.map((s) => fold(s.title).slice(0, 3))).toEqual(['篇1:', '篇2:', '篇3:']);
  });
});
