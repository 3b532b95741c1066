/**
 * Notes on the seed page (篇1 and 篇2 of 在全省党委秘书长会议讲话) as the reader
 * would leave them, including the awkward cases every export must survive:
 * quotes, commas and line breaks, spreadsheet formulas, XML and Markdown specials.
 */
import type { Annotation, OutlineContext } from '../../core/annotation-types.ts';

export const SEED_URL = 'https://example.org/fanwen/123.html';
export const SEED_TITLE = '在全省党委秘书长会议讲话';

const T0 = Date.UTC(2024, 4, 1, 8, 30, 0);

function context(sectionIndex: number, sectionTitle: string, path: string[], pointTitle: string): OutlineContext {
  return { sectionIndex, sectionTitle, path, pointTitle };
}

function note(id: string, start: number, fields: Partial<Annotation> & Pick<Annotation, 'quote'>): Annotation {
  return {
    id,
    url: SEED_URL,
    kind: 'note',
    color: 'yellow',
    note: '',
    tags: [],
    selectors: [
      { type: 'TextQuoteSelector', exact: fields.quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + fields.quote.length },
    ],
    context: null,
    createdAt: T0 + start * 1000,
    updatedAt: T0 + start * 1000,
    ...fields,
  };
}

const SECTION1 = '篇1:在全省党委秘书长会议讲话';
const SECTION2 = '篇2:党委秘书长会议讲话';

/** Seven notes, deliberately out of page order. */
export const seedNotes: Annotation[] = [
  note('5b0c7a52-8d0e-4f3a-9d61-0f5f3e0b7c21', 5200, {
    kind: 'golden',
    color: 'pink',
    quote: '党委办公厅(室)姓党。',
    note: '可作开头金句',
    tags: ['金句', '党性'],
    context: context(0, SECTION1, ['(一)', '第一,'], '党性是根本'),
  }),
  note('0e6a2b1c-3f4d-4e5f-8a9b-1c2d3e4f5a6b', 1200, {
    kind: 'highlight',
    quote: '同志们:',
    context: null,
  }),
  note('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 5600, {
    quote: '为民大家都会讲,真正要做好不容易。',
    note: '第一行："为民"二字\n第二行, 含逗号',
    tags: ['宗旨 意识'],
    context: context(0, SECTION1, ['(一)', '第二,'], '宗旨是本质'),
  }),
  note('1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 9100, {
    quote: '严把发文关',
    note: '=SUM(A1:A9) 不应被当成公式',
    tags: ['-减号开头', '@提及'],
    context: context(1, SECTION2, ['一、', '(一)'], '文秘工作严谨规范'),
  }),
  note('2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', 9400, {
    color: 'green',
    quote: '机要__取得新成绩',
    note: '<b>粗体</b> & "引号" 与 *星号*',
    tags: [],
    context: context(1, SECTION2, ['一、', '(六)'], '机要__取得新成绩'),
  }),
  note('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', 9900, {
    quote: '督查工作要扎实有力',
    note: '+1 同意\t（制表符）',
    context: context(1, SECTION2, ['二、', '(一)', '已删除的小点'], '督查工作要扎实有力'),
  }),
  note('4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', 99000, {
    quote: '另一篇讲话里的一句',
    note: '所在的篇已不在提纲中',
    context: context(42, '篇43:不存在', ['一、'], ''),
  }),
];
