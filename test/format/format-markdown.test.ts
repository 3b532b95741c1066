import { describe, expect, it } from 'vitest';
import { buildOutlineMarkdown, escapeMarkdown } from '../../core/format-markdown.ts';
import type { OutlineDocument } from '../../core/types.ts';
import { point, seedDocument, singleSpeechDocument } from './outline-fixtures.ts';

describe('buildOutlineMarkdown', () => {
  it('writes the title, one ## heading per speech and the points as a nested list', () => {
    expect(buildOutlineMarkdown(seedDocument)).toBe(
      [
        '# 在全省党委秘书长会议讲话',
        '',
        '## 篇1:在全省党委秘书长会议讲话',
        '',
        '- (一)对办公厅(室)系统的工作,20xx年我在省政府召开的政府系统秘书长、办公厅(室)…',
        '  - 第一,党性是根本',
        '  - 第二,宗旨是本质',
        '',
        '## 篇2:党委秘书长会议讲话',
        '',
        '- 一、##年全市党委办公室工作回顾',
        '  - (一)文秘工作严谨规范',
        '  - (二)信息工作成效明显',
        '  - (三)督查工作扎实有力',
        '  - (四)政研工作特色突出',
        '  - (五)综合协调等日常服务工作高效运转',
        '  - (六)机要\\_\\_取得新成绩',
        '  - (七)干部队伍建设得到新加强',
        '- 二、围绕中心,认真做好党委办公室的各项工作',
        '  - (一)督查工作要扎实有力',
        '  - (二)调研工作要超前深入',
        '    - 一方面,要及时完成领导交办的调研课题',
        '  - (七)\\_\\_要万无一失',
        '- 三、切实加强各级党委办公室的自身建设',
        '  - 一要切实加强学习',
        '  - 二要加强作风建设',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the section heading when the only speech is titled like the page', () => {
    const md = buildOutlineMarkdown(singleSpeechDocument);
    expect(md.startsWith('# 党委秘书长会议讲话\n\n- 一、##年全市党委办公室工作回顾\n  - (一)文秘工作严谨规范\n')).toBe(true);
    expect(md).not.toContain('## ');
  });

  it('keeps the heading of a single speech whose title differs from the page title', () => {
    const doc: OutlineDocument = { ...singleSpeechDocument, sections: [{ title: '篇2:党委秘书长会议讲话', points: [] }] };
    expect(buildOutlineMarkdown(doc)).toBe('# 党委秘书长会议讲话\n\n## 篇2:党委秘书长会议讲话\n');
  });

  it('writes only the title for a page where no points were found', () => {
    const doc: OutlineDocument = { ...seedDocument, detection: { isSpeechPage: false, confidence: 0, signals: [] }, sections: [] };
    expect(buildOutlineMarkdown(doc)).toBe('# 在全省党委秘书长会议讲话\n');
  });

  it('does not repeat the marker when a lone marker’s text starts with it', () => {
    const doc: OutlineDocument = { ...singleSpeechDocument, sections: [{ title: '党委秘书长会议讲话', points: [point('(一)', '', '(一)对办公厅(室)系统的工作。')] }] };
    expect(buildOutlineMarkdown(doc)).toContain('\n- (一)对办公厅(室)系统的工作。\n');
  });

  it('keeps a title with a line break on one list line', () => {
    const doc: OutlineDocument = { ...singleSpeechDocument, sections: [{ title: '党委秘书长会议讲话', points: [point('一是', '坚持\n集中学习制度', '')] }] };
    expect(buildOutlineMarkdown(doc)).toBe('# 党委秘书长会议讲话\n\n- 一是坚持 集中学习制度\n');
  });

  it('escapes a page title that would read as Markdown', () => {
    const doc: OutlineDocument = { ...seedDocument, title: '#1 <总结> 讲话 #', sections: [] };
    expect(buildOutlineMarkdown(doc)).toBe('# \\#1 \\<总结> 讲话 \\#\n');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['机要__取得新成绩', '机要\\_\\_取得新成绩'],
    ['一、##年全市党委办公室工作回顾', '一、##年全市党委办公室工作回顾'],
    ['##年工作回顾', '\\##年工作回顾'],
    ['*重点*工作', '\\*重点\\*工作'],
    ['[注]见附件', '\\[注\\]见附件'],
    ['`代码`', '\\`代码\\`'],
    ['<script>公文</script>', '\\<script>公文\\</script>'],
    ['a\\b', 'a\\\\b'],
    ['&amp;与&#20320;', '\\&amp;与\\&#20320;'],
    ['A&B 公司', 'A&B 公司'],
    ['> 引用', '\\> 引用'],
    ['- 列表', '\\- 列表'],
    ['+ 列表', '\\+ 列表'],
    ['1. 积极搭建综合学术交流平台', '1\\. 积极搭建综合学术交流平台'],
    ['1.积极搭建综合学术交流平台', '1.积极搭建综合学术交流平台'],
    ['2)', '2\\)'],
    ['~~~', '\\~\\~\\~'],
    ['(一)文秘工作严谨规范', '(一)文秘工作严谨规范'],
  ])('writes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
