/**
 * Hand-built outline documents from the seed page (篇1 and 篇2 of
 * 在全省党委秘书长会议讲话), as the engine should report them, for the formatters' tests.
 */
import type { OutlineDocument, OutlinePoint } from '../../core/types.ts';

/** A point with its children; depth follows from nesting. */
export function point(marker: string, title: string, text: string, children: OutlinePoint[] = [], depth = 1): OutlinePoint {
  const ordinal = 1;
  return { marker, ordinal, depth, inline: false, title, text, children: children.map((c) => deepen(c, depth + 1)) };
}

function deepen(p: OutlinePoint, depth: number): OutlinePoint {
  return { ...p, depth, children: p.children.map((c) => deepen(c, depth + 1)) };
}

const detection = { isSpeechPage: true, confidence: 0.9, signals: ['title:讲话', 'salutation:同志们'] };

/** 篇1 opens with a lone (一) whose points are 第一, 第二. */
export const section1Points: OutlinePoint[] = [
  point('(一)', '', '对办公厅(室)系统的工作,20xx年我在省政府召开的政府系统秘书长、办公厅(室)主任会议上,曾经讲过四句话,今天,我再讲四句话,这样,总共是八句话,可能比较完整一些。', [
    point('第一,', '党性是根本', '党性是根本。党委办公厅(室)姓党。'),
    point('第二,', '宗旨是本质', '宗旨是本质。就是要坚持立党为公、执政为民。'),
  ]),
];

/** 篇2: 一、(一)…(七) 二、(一)…(七) 三、一要…五要, with the page's ## and __ placeholders. */
export const section2Points: OutlinePoint[] = [
  point('一、', '##年全市党委办公室工作回顾', '##年全市党委办公室工作回顾', [
    point('(一)', '文秘工作严谨规范', '文秘工作严谨规范。各级党委办公室积极推进公文处理规范化,严把发文关。'),
    point('(二)', '信息工作成效明显', '信息工作成效明显。'),
    point('(三)', '督查工作扎实有力', '督查工作扎实有力。'),
    point('(四)', '政研工作特色突出', '政研工作特色突出。'),
    point('(五)', '综合协调等日常服务工作高效运转', '综合协调等日常服务工作高效运转。'),
    point('(六)', '机要__取得新成绩', '机要__取得新成绩。'),
    point('(七)', '干部队伍建设得到新加强', '干部队伍建设得到新加强。'),
  ]),
  point('二、', '围绕中心,认真做好党委办公室的各项工作', '围绕中心,认真做好党委办公室的各项工作', [
    point('(一)', '督查工作要扎实有力', '督查工作要扎实有力。'),
    point('(二)', '调研工作要超前深入', '调研工作要超前深入。', [
      point('一方面,', '要及时完成领导交办的调研课题', '要及时完成领导交办的调研课题,为领导决策提供可靠依据。'),
    ]),
    point('(七)', '__要万无一失', '__要万无一失。'),
  ]),
  point('三、', '切实加强各级党委办公室的自身建设', '切实加强各级党委办公室的自身建设', [
    point('一要', '切实加强学习', '切实加强学习。'),
    point('二要', '加强作风建设', '加强作风建设。'),
  ]),
];

/** The seed page as two sections under its cleaned page title. */
export const seedDocument: OutlineDocument = {
  format: 'speech-outline',
  version: 1,
  url: null,
  title: '在全省党委秘书长会议讲话',
  detection,
  sections: [
    { title: '篇1:在全省党委秘书长会议讲话', points: section1Points },
    { title: '篇2:党委秘书长会议讲话', points: section2Points },
  ],
};

/** A page with one speech, its section titled like the page. */
export const singleSpeechDocument: OutlineDocument = {
  ...seedDocument,
  title: '党委秘书长会议讲话',
  sections: [{ title: '党委秘书长会议讲话', points: section2Points }],
};
