import { describe, expect, it } from 'vitest';
import { buildOutlineText, describePoint } from '../../core/format-text.ts';
import type { OutlineDocument } from '../../core/types.ts';
import { point, seedDocument, singleSpeechDocument } from './outline-fixtures.ts';

describe('buildOutlineText', () => {
  it('writes the title, a blank line, then each speech’s title and its points indented by 　　 per level', () => {
    expect(buildOutlineText(seedDocument)).toBe(
      [
        '在全省党委秘书长会议讲话',
        '',
        '篇1:在全省党委秘书长会议讲话',
        '(一)对办公厅(室)系统的工作,20xx年我在省政府召开的政府系统秘书长、办公厅(室)…',
        '　　第一,党性是根本',
        '　　第二,宗旨是本质',
        '',
        '篇2:党委秘书长会议讲话',
        '一、##年全市党委办公室工作回顾',
        '　　(一)文秘工作严谨规范',
        '　　(二)信息工作成效明显',
        '　　(三)督查工作扎实有力',
        '　　(四)政研工作特色突出',
        '　　(五)综合协调等日常服务工作高效运转',
        '　　(六)机要__取得新成绩',
        '　　(七)干部队伍建设得到新加强',
        '二、围绕中心,认真做好党委办公室的各项工作',
        '　　(一)督查工作要扎实有力',
        '　　(二)调研工作要超前深入',
        '　　　　一方面,要及时完成领导交办的调研课题',
        '　　(七)__要万无一失',
        '三、切实加强各级党委办公室的自身建设',
        '　　一要切实加强学习',
        '　　二要加强作风建设',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the section title when the only speech is titled like the page', () => {
    expect(buildOutlineText(singleSpeechDocument).split('\n').slice(0, 4)).toEqual([
      '党委秘书长会议讲话',
      '',
      '一、##年全市党委办公室工作回顾',
      '　　(一)文秘工作严谨规范',
    ]);
  });

  it('writes only the title line for a page without sections', () => {
    const doc: OutlineDocument = { ...seedDocument, sections: [] };
    expect(buildOutlineText(doc)).toBe('在全省党委秘书长会议讲话\n');
  });
});

describe('describePoint', () => {
  it('joins the marker and the title exactly as written', () => {
    expect(describePoint(point('第一,', '党性是根本', '党性是根本。'))).toBe('第一,党性是根本');
  });

  it('shows the start of the text when the marker stands alone', () => {
    expect(describePoint(point('(一)', '', '对办公厅(室)系统的工作。'))).toBe('(一)对办公厅(室)系统的工作。');
  });

  it('shows just the marker when a lone marker has no text either', () => {
    expect(describePoint(point('(一)', '', ''))).toBe('(一)');
  });

  it('never cuts a character outside the BMP in half', () => {
    const text = '𠀀'.repeat(50);
    expect(describePoint(point('一是', '', text))).toBe('一是' + '𠀀'.repeat(40) + '…');
  });
});
