import { describe, expect, it } from 'vitest';
import { outlineOf, sketch } from './helpers.ts';

// Shapes seen in published reports and speeches (national and provincial 政府工作报告
// 1955–2026, national speeches); each text is a short excerpt or a paraphrase of the
// source named above it, cut to the sentences that carry the structure.
const tree = (lines: string[], title?: string): string[] => sketch(outlineOf(lines.join('\n'), title).sections[0]!.points);

describe('nesting from the document’s own structure', () => {
  it('nests 一、…四、 under （二） when the top level is （一）（二）（三）', () => {
    // After 2026年上海市政府工作报告, part 一: its work review is （一）…（五）.
    expect(tree([
      '（一）全力促进经济平稳健康发展',
      '稳增长政策措施加快落地见效。',
      '（二）聚力落实国家重大战略任务',
      '重点抓好以下几个方面：',
      '一、“五个中心”建设扎实推进。',
      '二、浦东引领区建设取得新进展。',
      '三、自贸试验区及临港新片区深化建设。',
      '（三）深入推进城市治理现代化',
    ])).toEqual([
      '（一）全力促进经济平稳健康发展',
      '（二）聚力落实国家重大战略任务',
      '  一、“五个中心”建设扎实推进',
      '  二、浦东引领区建设取得新进展',
      '  三、自贸试验区及临港新片区深化建设',
      '（三）深入推进城市治理现代化',
    ]);
  });

  it('puts 一、 under 第一， at depth 4, and again under the last 第N， of the list', () => {
    // 关于发展国民经济的第一个五年计划的报告 (1955), excerpt 三、 (shared/corpus/dev-06.spk).
    expect(tree([
      '三、第一个五年计划的若干问题',
      '（一）关于工业和运输业的基本建设问题',
      '第一，基本建设规模的大小问题。',
      '其所以可能，就是因为我们的革命已经胜利：',
      '一、我国人民已经推翻了帝国主义者在中国的统治。',
      '二、我国人民推翻了封建主义。',
      '第二，轻重工业投资的比重问题。',
      '第三，保证工程的质量问题。',
      '我们必须采取以下措施：',
      '一、提高设计工作。',
      '二、加强施工的技术指导。',
      '（二）关于工业的生产问题',
    ])).toEqual([
      '三、第一个五年计划的若干问题',
      '  （一）关于工业和运输业的基本建设问题',
      '    第一，基本建设规模的大小问题',
      '      一、我国人民已经推翻了帝国主义者在中国的统治',
      '      二、我国人民推翻了封建主义',
      '    第二，轻重工业投资的比重问题',
      '    第三，保证工程的质量问题',
      '      一、提高设计工作',
      '      二、加强施工的技术指导',
      '  （二）关于工业的生产问题',
    ]);
  });

  it('starts 第一，…第三， after a renewed salutation as siblings of the 一是…三是 run, not children of 三是', () => {
    // 在“不忘初心、牢记使命”主题教育总结大会上的讲话 (2020), shared/corpus/dev-02.spk.
    expect(tree([
      '同志们：',
      '主题教育取得了重要成果。',
      '一是各级党组织和广大党员、干部深入学习实践新时代中国特色社会主义思想。',
      '二是各级党组织和广大党员、干部思想政治受到洗礼和锤炼。',
      '三是各级党组织和广大党员、干部干事创业、担当作为的精气神得到提振。',
      '同志们！',
      '我们党是一个有着9000多万名党员的党。',
      '第一，不忘初心、牢记使命，必须作为加强党的建设的永恒课题。',
      '第二，不忘初心、牢记使命，必须用马克思主义中国化最新成果武装全党。',
      '第三，不忘初心、牢记使命，必须以正视问题的勇气和刀刃向内的自觉推进自我革命。',
    ]).map((l) => l.slice(0, 8))).toEqual(['一是各级党组织和', '二是各级党组织和', '三是各级党组织和', '第一，不忘初心、', '第二，不忘初心、', '第三，不忘初心、']);
  });

  it('starts 第一，… after "下面我再讲几点。" at the level of the ended 一是 run', () => {
    expect(tree([
      '一、关于今年的工作',
      '一是抓好学习教育。',
      '二是抓好整改落实。',
      '下面我再讲几点。',
      '第一，要提高政治站位。',
      '第二，要压实工作责任。',
    ])).toEqual(['一、关于今年的工作', '  一是抓好学习教育', '  二是抓好整改落实', '  第一，要提高政治站位', '  第二，要压实工作责任']);
  });

  it('keeps 一是…三是 under （七） although 一是 was used at the top level earlier', () => {
    expect(tree([
      '一是经济持续回升向好。',
      '二是新质生产力加快发展。',
      '各位代表！',
      '今年要重点做好以下工作。',
      '（一）着力强化内需主导作用。',
      '一是提振消费。',
      '二是扩大投资。',
      '（二）着力加强核心功能建设。',
      '一是深化国际经济中心建设。',
      '二是深化国际金融中心建设。',
      '三是深化国际贸易中心建设。',
    ])).toEqual([
      '一是经济持续回升向好', '二是新质生产力加快发展',
      '（一）着力强化内需主导作用', '  一是提振消费', '  二是扩大投资',
      '（二）着力加强核心功能建设', '  一是深化国际经济中心建设', '  二是深化国际金融中心建设', '  三是深化国际贸易中心建设',
    ]);
  });

  it('hangs 一是…四是 in the paragraph of 六要 under 六要: 一是 and 一要 are different lists', () => {
    expect(tree([
      '五要坚持依法行政。',
      '六要加强作风建设，重点抓好四件事：一是改进文风会风；二是深化调查研究；三是狠抓督查落实；四是严守纪律规矩。',
    ])).toEqual(['五要坚持依法行政', '六要加强作风建设，重点抓好四件事', '  ~一是改进文风会风', '  ~二是深化调查研究', '  ~三是狠抓督查落实', '  ~四是严守纪律规矩']);
  });

  it('nests inline 第一，第二，第三 under （三） in a document whose top level is 第一条，第二条…', () => {
    expect(tree([
      '第一条，坚持稳中求进。',
      '（一）稳增长。',
      '（二）调结构。',
      '（三）防风险。防风险要做到三点：第一，摸清底数；第二，分类处置；第三，守住底线。',
      '第二条，坚持改革创新。',
    ])).toEqual([
      '第一条，坚持稳中求进',
      '  （一）稳增长',
      '  （二）调结构',
      '  （三）防风险',
      '    ~第一，摸清底数',
      '    ~第二，分类处置',
      '    ~第三，守住底线',
      '第二条，坚持改革创新',
    ]);
  });

  it('makes two inline lists of one sentence siblings: 首先是…其次是…；…一是…二是…', () => {
    expect(tree([
      '（一）统筹两个市场',
      '用好两种资源，首先是用好国内资源，其次是用好国际资源；练好两种功夫，一是练好内功，二是练好外功。',
    ])).toEqual(['（一）统筹两个市场', '  ~首先是用好国内资源', '  ~其次是用好国际资源', '  ~一是练好内功', '  ~二是练好外功']);
  });

  it('closes a 首先…其次… run with 最后 even when 第一，第二，第三 stand inside 其次', () => {
    expect(tree([
      '首先，要统一思想。',
      '其次，要突出重点，抓好三项工作。',
      '第一，抓产业。',
      '第二，抓项目。',
      '第三，抓招商。',
      '最后，要狠抓落实。',
    ])).toEqual(['首先，要统一思想', '其次，要突出重点，抓好三项工作', '  第一，抓产业', '  第二，抓项目', '  第三，抓招商', '最后，要狠抓落实']);
  });

  it('lets a new list after 附件 start its own run at the top', () => {
    expect(tree(['一、总体要求', '（一）指导思想。', '（二）工作目标。', '附件', '1.责任分工表', '2.进度安排表'])).toEqual([
      '一、总体要求', '  （一）指导思想', '  （二）工作目标', '1.责任分工表', '2.进度安排表',
    ]);
  });
});

describe('irregular sequences stay points', () => {
  it('keeps a misprinted repeat 一是…；一是… as two points of one list', () => {
    // 1990年政府工作报告 (shared/corpus/dev-03.spk), as published.
    expect(tree([
      '第四，继续控制社会总需求，努力做好财政金融工作。',
      '实践证明这个政策是正确的，应当继续坚持。现在要强调两点：一是坚持社会主义方向，坚持勤劳致富、合法致富；一是提倡先富裕起来的人和地区，要帮助还没有富裕起来的人和地区。',
      '第五，抓好农业。',
    ])).toEqual(['第四，继续控制社会总需求，努力做好财政金融工作', '  ~一是坚持社会主义方向，坚持勤劳致富、合法致富', '  ~一是提倡先富裕起来的人和地区，要帮助还没有富裕起来的人和地区', '第五，抓好农业']);
  });

  it('carries a list over a missing number: 六、 then 八、', () => {
    const lines = ['一', '二', '三', '四', '五', '六', '八'].map((n) => `${n}、第${n}项任务`);
    expect(tree(lines)).toHaveLength(7);
  });

  it('keeps the 三、 an excerpt starts with as the head of what follows', () => {
    expect(tree(['三、第一个五年计划的若干问题', '（一）关于工业问题', '（二）关于农业问题'])).toEqual(['三、第一个五年计划的若干问题', '  （一）关于工业问题', '  （二）关于农业问题']);
  });

  it('restarts 第一， inside （二）', () => {
    expect(tree(['（一）回顾', '第一，经济增长。', '第二，民生改善。', '（二）任务', '第一，稳增长。', '第二，促改革。'])).toEqual([
      '（一）回顾', '  第一，经济增长', '  第二，民生改善', '（二）任务', '  第一，稳增长', '  第二，促改革',
    ]);
  });
});

describe('look-alikes stay out', () => {
  it('does not take 一、二季度 at a paragraph start for a point', () => {
    // 2026年贵州省政府工作报告 (shared/corpus/dev-08.spk).
    expect(tree(['一、2025年工作回顾', '一、二季度经济平稳增长，三季度加快回升。', '二、2026年工作安排'])).toEqual(['一、2025年工作回顾', '二、2026年工作安排']);
  });

  it('does not take a 首先 and a far 其次才是 of one long paragraph for a list', () => {
    const filler = '我们要坚持问题导向，把调查研究贯穿决策全过程，把群众满意作为检验工作的标准。'.repeat(6);
    expect(tree([`做好这项工作，首先要明确方向。${filler}方向对了，其次才是方法问题。`])).toEqual([]);
  });
});

describe('structures read since issue 11', () => {
  it('reads a run of ——-led paragraphs as a list numbered by position, nested where it stands', () => {
    // 在决战决胜脱贫攻坚座谈会上的讲话 (2020), shared/corpus/dev-01.spk.
    const o = outlineOf([
      '二、高度重视打赢脱贫攻坚战面临的困难挑战',
      '在肯定成绩的同时，也要看到，脱贫攻坚任务仍然艰巨繁重。',
      '——剩余脱贫攻坚任务艰巨。全国还有52个贫困县未摘帽。',
      '——新冠肺炎疫情带来新的挑战。主要是：一是外出务工受阻；二是扶贫产品销售困难。',
      '——巩固脱贫成果难度很大。',
      '三、确保高质量完成脱贫攻坚目标任务',
    ].join('\n'));
    expect(sketch(o.sections[0]!.points)).toEqual([
      '二、高度重视打赢脱贫攻坚战面临的困难挑战',
      '  ——剩余脱贫攻坚任务艰巨',
      '  ——新冠肺炎疫情带来新的挑战',
      '    ~一是外出务工受阻',
      '    ~二是扶贫产品销售困难',
      '  ——巩固脱贫成果难度很大',
      '三、确保高质量完成脱贫攻坚目标任务',
    ]);
    expect(o.sections[0]!.points[0]!.children.map((p) => p.ordinal)).toEqual([1, 2, 3]);
  });

  it('leaves a lone ——date line under a title out', () => {
    expect(tree(['——1955年7月5日至6日在第一届全国人民代表大会第二次会议上', '同志们：', '一、甲。', '二、乙。'])).toEqual(['一、甲', '二、乙']);
  });

  it('reads 理由一： and 原因之一： lists at paragraph starts', () => {
    expect(tree(['一、为什么要建设新园区', '理由一：市场空间大。', '理由二：政策支持多。', '二、推进中有哪些困难', '原因之一：认识不到位。', '原因之二：措施不得力。'])).toEqual([
      '一、为什么要建设新园区', '  理由一：市场空间大', '  理由二：政策支持多', '二、推进中有哪些困难', '  原因之一：认识不到位', '  原因之二：措施不得力',
    ]);
  });
});

describe('several documents on one page', () => {
  it('makes one section per 述职报告 when five people’s reports share a page, each under its own title line', () => {
    const person = (name: string) => [
      `${name}2023年度述职报告`,
      '一年来，在党委的正确领导下，我认真履行岗位职责，现将有关情况报告如下。',
      '一、加强学习，不断提高政治素质。',
      '二、履职尽责，扎实推进各项工作。',
      '三、存在的不足和今后努力方向。',
    ];
    const names = ['办公室主任张伟', '组织科科长李娜', '宣传科科长王强', '财务科科长赵敏', '后勤科科长刘洋'];
    const o = outlineOf(names.flatMap(person).join('\n'), '2023年度述职报告汇编');
    expect(o.sections.map((s) => s.title)).toEqual(names.map((n) => `${n}2023年度述职报告`));
    expect(o.sections.map((s) => s.points.length)).toEqual([3, 3, 3, 3, 3]);
  });

  it('keeps a report with one title line in one section', () => {
    const o = outlineOf(['2023年度述职报告', '一、加强学习。', '二、履职尽责。'].join('\n'), '2023年度述职报告');
    expect(o.sections).toHaveLength(1);
  });
});
