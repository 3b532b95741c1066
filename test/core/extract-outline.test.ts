import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../core/index.ts';
import { allPoints, outlineOf, sketch } from './helpers.ts';

describe('extractOutline: nesting', () => {
  it('nests by the order families appear, GB/T style', () => {
    const o = outlineOf(
      [
        '同志们：',
        '一、20xx年工作回顾',
        '（一）学术交流活动成效显著。坚持以提高活动质量为重点。',
        '1.积极搭建综合学术交流平台。',
        '2.分支机构学术交流活动十分活跃。',
        '（二）组织开展了形式多样的科普活动。',
        '1.科普服务林权制度改革试点工作取得明显成效。',
        '2.积极开展青少年科普教育活动。',
        '二、今后五年的重点工作',
        '（一）深化改革，努力拓展学会的工作领域。',
        '（二）积极开展学术交流。',
      ].join('\n'),
    );
    expect(sketch(o.sections[0]!.points)).toEqual([
      '一、20xx年工作回顾',
      '  （一）学术交流活动成效显著',
      '    1.积极搭建综合学术交流平台',
      '    2.分支机构学术交流活动十分活跃',
      '  （二）组织开展了形式多样的科普活动',
      '    1.科普服务林权制度改革试点工作取得明显成效',
      '    2.积极开展青少年科普教育活动',
      '二、今后五年的重点工作',
      '  （一）深化改革，努力拓展学会的工作领域',
      '  （二）积极开展学术交流',
    ]);
    const depths = allPoints(o).map((p) => p.depth);
    expect(depths).toEqual([1, 2, 3, 3, 2, 3, 3, 1, 2, 2]);
  });

  it('takes depth from appearance, not from a fixed table: 第一 above 一是', () => {
    const o = outlineOf(
      [
        '第一，要进一步增强参谋服务的主动性。',
        '一是要突出预见性。',
        '二是要胸怀全局性。',
        '第二，要进一步增强督查服务的权威性。',
        '一是要强化督查意识。',
        '二是要想新法，闯新路。',
      ].join('\n'),
    );
    expect(sketch(o.sections[0]!.points)).toEqual([
      '第一，要进一步增强参谋服务的主动性',
      '  一是要突出预见性',
      '  二是要胸怀全局性',
      '第二，要进一步增强督查服务的权威性',
      '  一是要强化督查意识',
      '  二是要想新法，闯新路',
    ]);
  });

  it('restarts a family under a new parent: (一) after 二、 is a child of 二、', () => {
    const o = outlineOf(['一、回顾', '（一）甲', '（二）乙', '二、任务', '（一）丙', '（二）丁'].join('\n'));
    expect(sketch(o.sections[0]!.points)).toEqual(['一、回顾', '  （一）甲', '  （二）乙', '二、任务', '  （一）丙', '  （二）丁']);
  });

  it('nests 一是…二是… inside the paragraph that introduces them', () => {
    const o = outlineOf(
      [
        '一、深刻汲取教训，切实增强抓好安全工作的紧迫感',
        '我乡安全工作还存在不少问题：一是认识模糊。有的单位重视不够。二是措施不力。三是自我保护意识不强。',
        '二、加大力度，深入开展安全生产专项整治',
      ].join('\n'),
    );
    expect(sketch(o.sections[0]!.points)).toEqual([
      '一、深刻汲取教训，切实增强抓好安全工作的紧迫感',
      '  ~一是认识模糊',
      '  ~二是措施不力',
      '  ~三是自我保护意识不强',
      '二、加大力度，深入开展安全生产专项整治',
    ]);
  });

  it('makes 一要…。二要… in one paragraph siblings, not parent and child', () => {
    const o = outlineOf(['（二）把握重点', '一要继续组织推动学习。二要深入推动中央八项规定精神落到实处。三要注重实效。', '（三）抓住关键'].join('\n'));
    expect(sketch(o.sections[0]!.points)).toEqual(['（二）把握重点', '  一要继续组织推动学习', '  ~二要深入推动中央八项规定精神落到实处', '  ~三要注重实效', '（三）抓住关键']);
  });

  it('keeps a 四要 inside an 一是…五是 run', () => {
    const o = outlineOf(['一是要紧紧抓住契机。', '二是要完善治理结构。', '三是要创新运行机制。', '四要把服务作为永恒主题。', '五是要突出重点。'].join('\n'));
    expect(o.sections[0]!.points.map((p) => p.marker)).toEqual(['一是', '二是', '三是', '四要', '五是']);
    expect(o.sections[0]!.points.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links a mixed 首先/其次/第三/第四 sequence into one level', () => {
    const o = outlineOf(['首先，要时刻保证自己的思想积极向上。', '其次，在工作上要努力进取。', '第三，就是要加强学习。', '第四，就是要争做楷模。'].join('\n'));
    expect(o.sections[0]!.points.map((p) => [p.marker, p.ordinal, p.depth])).toEqual([
      ['首先，', 1, 1],
      ['其次，', 2, 1],
      ['第三，', 3, 1],
      ['第四，', 4, 1],
    ]);
  });

  it('counts ordinals past ten', () => {
    const lines = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n) => `${n}、第${n}项任务`);
    const o = outlineOf(lines.join('\n'));
    expect(o.sections[0]!.points.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reads half-width and full-width punctuation alike and reports markers as written', () => {
    const o = outlineOf(['(一)督查工作要扎实有力。', '（二）调研工作要超前深入。', '第一,党性是根本。', '第二，宗旨是本质。'].join('\n'));
    expect(allPoints(o).map((p) => p.marker)).toEqual(['(一)', '（二）', '第一,', '第二，']);
  });
});

describe('extractOutline: look-alikes', () => {
  it('ignores 第一次, 第一书记, 第一要务, 第三季度 and 统一要求 in running text', () => {
    const o = outlineOf(
      [
        '同志们：',
        '这是我第一次来这里。村里的第一书记很辛苦，发展是第一要务，第三季度经济运行平稳。我们要统一要求，统一行动。',
        '坚持一是一、二是二，实事求是。一、二年级的学生都参加了活动。“十四五”时期要一步一个脚印。',
      ].join('\n'),
    );
    expect(allPoints(o)).toEqual([]);
  });

  it('does not take a lone 首先 in a greeting or 最后，祝大家… for points', () => {
    const o = outlineOf(
      [
        '各位领导、同志们：',
        '你们好！在商会党委成立的庄严时刻，首先，我谨代表商会党委向大家表示热烈的欢迎！',
        '在下一步工作中，首先，我将认真学习。',
        '第二，把促进商会党委的健康发展作为应尽职责。',
        '第三，加强商会党委的党员队伍建设。',
        '最后，祝大家工作顺利，万事如意！谢谢大家！',
      ].join('\n'),
    );
    expect(sketch(o.sections[0]!.points)).toEqual(['~首先，我将认真学习', '第二，把促进商会党委的健康发展作为应尽职责', '第三，加强商会党委的党员队伍建设']);
  });

  it('ignores dates, amounts, years in brackets, document numbers and class names', () => {
    const o = outlineOf(
      ['2023.1.5召开了会议。', '1.5亿元资金已经到位。', '(2023)年度考核。', '〔2023〕1号文件。', '(一)班和(二)班的同学们。'].join('\n'),
    );
    expect(allPoints(o)).toEqual([]);
  });

  it('does not start a point at a paragraph broken mid-word that begins with 一步', () => {
    const o = outlineOf(['我们要脚踏实地，', '一步一个脚印地把工作做好。'].join('\n'));
    expect(allPoints(o)).toEqual([]);
  });

  it('keeps 最后 when it continues 首先/其次', () => {
    const o = outlineOf(['首先，要提高认识。', '其次，要加强领导。', '最后，要狠抓落实。', '最后，祝大家身体健康！'].join('\n'));
    expect(o.sections[0]!.points.map((p) => [p.marker, p.ordinal])).toEqual([
      ['首先，', 1],
      ['其次，', 2],
      ['最后，', 3],
    ]);
  });
});

describe('extractOutline: titles and text', () => {
  it('cuts the title at the first sentence end and keeps the text as written', () => {
    const o = outlineOf(['第一,党性是根本。党委办公厅(室)姓党。', '第二,宗旨是本质。就是要坚持立党为公、执政为民。'].join('\n'));
    const [first] = o.sections[0]!.points;
    expect(first?.title).toBe('党性是根本');
    expect(first?.text).toBe('党性是根本。党委办公厅(室)姓党。');
  });

  it('gives an empty title to a marker alone on its line and takes its text from what follows', () => {
    const o = outlineOf(['(一)', '对办公厅(室)系统的工作，我再讲四句话。', '(二)', '办公厅(室)的工作，要说好干也好干。'].join('\n'));
    const [first] = o.sections[0]!.points;
    expect(first?.title).toBe('');
    expect(first?.text).toBe('对办公厅(室)系统的工作，我再讲四句话。');
  });

  it('ends an inline title at the next marker when no sentence end comes first', () => {
    const o = outlineOf('信息工作应把握十个“要”：一是定性要准，二是方向要正，三是站位要高。');
    expect(allPoints(o).map((p) => p.title)).toEqual(['定性要准', '方向要正', '站位要高']);
  });

  it('cuts a point’s text to 200 characters', () => {
    const long = '加强作风建设'.repeat(60);
    const o = outlineOf([`一、${long}`, `二、${long}`].join('\n'));
    expect(o.sections[0]!.points[0]!.text.length).toBe(200);
  });

  it('locates each point so it can be highlighted later', () => {
    const text = ['同志们：', '今天讲三点意见：一是提高认识。二是加强领导。'].join('\n');
    const o = outlineOf(text);
    const [p] = o.sections[0]!.points;
    expect(p?.at.block).toBe(1);
    expect('今天讲三点意见：一是提高认识。二是加强领导。'.slice(p!.at.markerStart, p!.at.titleEnd)).toBe('一是提高认识');
  });
});

describe('extractOutline: robustness', () => {
  it('never throws on empty, odd or hostile input', () => {
    for (const text of ['', '\n\n\n', '一、', '（', '第', '最后', '一是一是一是', '①②③④', '\u0000\uffff\ud800', '(((((((((('.repeat(1000)]) {
      expect(() => outlineOf(text)).not.toThrow();
    }
  });

  it('finishes a 5 MB adversarial text and still returns a document', () => {
    const parts = ['一是'.repeat(300_000), '（'.repeat(300_000), '，一是，二是'.repeat(100_000), '无标点的长句子'.repeat(100_000), '1.\n2.\n'.repeat(200_000)];
    const text = parts.join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
    const o = outlineOf(text, 'adversarial.txt');
    expect(o.format).toBe('speech-outline');
    expect(o.version).toBe(1);
    expect(o.detection.isSpeechPage).toBe(false);
  }, 30_000);
});

describe('extractOutline: sections', () => {
  it('makes one section per speech-titled heading when a page holds several speeches without 篇 numbers', () => {
    const blocks = [
      { text: '在全市经济工作会议上的讲话', kind: 'heading' as const, headingLevel: 2, start: 0 },
      { text: '一、关于当前形势', kind: 'paragraph' as const, start: 14 },
      { text: '二、关于明年任务', kind: 'paragraph' as const, start: 23 },
      { text: '在全市组织工作会议上的讲话', kind: 'heading' as const, headingLevel: 2, start: 32 },
      { text: '一、提高政治站位', kind: 'paragraph' as const, start: 46 },
      { text: '二、抓好班子建设', kind: 'paragraph' as const, start: 55 },
    ];
    const o = extractOutline(blocks, { title: '讲话两篇', url: null });
    expect(o.sections.map((s) => s.title)).toEqual(['在全市经济工作会议上的讲话', '在全市组织工作会议上的讲话']);
    expect(o.sections.map((s) => s.points.length)).toEqual([2, 2]);
  });

  it('splits speeches at sub-titles such as 在党员会议上的讲话(二):', () => {
    const o = outlineOf(
      ['在党员会议上的讲话(一):', '同志们:', '一、要充分认识重要意义', '二、要正确行使权利', '在党员会议上的讲话(二):', '一、充分认识新时期', '二、切实加强领导'].join('\n'),
      '在党员会议上的讲话',
    );
    expect(o.sections.map((s) => s.title)).toEqual(['在党员会议上的讲话(一)', '在党员会议上的讲话(二)']);
    expect(o.sections.map((s) => sketch(s.points))).toEqual([
      ['一、要充分认识重要意义', '二、要正确行使权利'],
      ['一、充分认识新时期', '二、切实加强领导'],
    ]);
  });

  it('uses the page title for a page with one speech and leaves out the site intro without points', () => {
    const o = outlineOf(['下面是小编整理的讲话，欢迎阅读。', '篇1:在全市大会上的讲话', '一、甲', '二、乙'].join('\n'), '在全市大会上的讲话(共1篇)_范文网');
    expect(o.title).toBe('在全市大会上的讲话');
    expect(o.sections.map((s) => s.title)).toEqual(['篇1:在全市大会上的讲话']);
  });
});

describe('extractOutline: inline runs across paragraphs', () => {
  it('hangs a new inline run of a later paragraph under the paragraph’s point, not under the previous inline point', () => {
    const o = outlineOf(
      ['（一）把握重点', '当前要做好两件事：一是抓学习。二是抓落实。', '具体要求有三条：①定性要准；②方向要正；③站位要高。', '（二）抓住关键'].join('\n'),
    );
    expect(sketch(o.sections[0]!.points)).toEqual([
      '（一）把握重点',
      '  ~一是抓学习',
      '  ~二是抓落实',
      '  ~①定性要准',
      '  ~②方向要正',
      '  ~③站位要高',
      '（二）抓住关键',
    ]);
  });

  it('continues an inline run in the next paragraph: 一是…二是… then 三是 at the start of a paragraph', () => {
    const o = outlineOf(['一、存在的问题', '主要有三个问题：一是认识不到位。二是措施不得力。', '三是作风不扎实。这一点尤为突出。', '二、下步打算'].join('\n'));
    expect(sketch(o.sections[0]!.points)).toEqual(['一、存在的问题', '  ~一是认识不到位', '  ~二是措施不得力', '  三是作风不扎实', '二、下步打算']);
  });
});
