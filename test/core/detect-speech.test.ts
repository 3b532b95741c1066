import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../core/index.ts';
import { readPage } from '../../dom/index.ts';
import { loadFixture } from '../dom/load-fixture.ts';
import { outlineOf } from './helpers.ts';

function detect(name: string) {
  const page = readPage(loadFixture(name));
  return extractOutline(page.blocks, { title: page.title, url: `https://example.com/${name}` }).detection;
}

describe('detectSpeechPage', () => {
  it.each(['seed-p.html', 'seed-br.html', 'seed-word.html', 'single-speech.html'])('recognises %s as a speech page', (name) => {
    const d = detect(name);
    expect(d.isSpeechPage).toBe(true);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.signals.some((s) => s.startsWith('salutation:'))).toBe(true);
  });

  it.each([
    ['news-report.html', 'news:'],
    ['novel-chapter.html', 'novel:'],
    ['forum-list.html', 'forum:'],
    ['product-page.html', 'points:'],
  ])('does not take %s for a speech page, even with enumerations in it', (name, signal) => {
    const d = detect(name);
    expect(d.isSpeechPage).toBe(false);
    expect(d.confidence).toBeLessThan(0.5);
    expect(d.signals.some((s) => s.startsWith(signal))).toBe(true);
  });

  it('reports the 范文 site shape: 篇 headings and 下面是小编整理的…', () => {
    const d = detect('seed-p.html');
    expect(d.signals).toEqual(expect.arrayContaining(['title:讲话', 'sections:20', 'site:范文合集']));
  });

  it('needs more than a title: a short page that only mentions 讲话 is not a speech', () => {
    const o = outlineOf('张书记发表讲话。', '张书记在会上讲话');
    expect(o.detection.isSpeechPage).toBe(false);
  });

  it('recognises an untitled speech by its salutation, voice, enumerations and closing', () => {
    const body = [
      '同志们：',
      '今天召开这次会议，主要任务是总结工作、部署任务。下面，我讲三点意见。',
      '一、提高政治站位，切实增强做好工作的责任感。我们要深刻认识做好新时代工作的重要意义，把思想和行动统一到上级部署上来，大家要看到差距，正视问题。',
      '二、突出工作重点，扎实推进各项任务落实。我们要聚焦主责主业，一是抓好学习教育，二是抓好制度建设，三是抓好督查落实，确保各项工作落地见效。',
      '三、加强组织领导，确保各项工作取得实效。各级党组织要切实担负起主体责任，我们要以更加务实的作风推动工作。',
      '同志们，任务艰巨，使命光荣。让我们团结一心，开拓进取，努力开创工作新局面！谢谢大家！',
    ].join('\n');
    const o = outlineOf(body, '无标题文档');
    expect(o.detection.isSpeechPage).toBe(true);
  });
});
