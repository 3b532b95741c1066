// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { t, uiLanguage } from '../../i18n/t.ts';
import { useLocale } from '../i18n/pin-language.ts';
import { looksLikeLongChineseText } from '../../entrypoints/content/page-gate.ts';
import { tabIdFromQuery } from '../../pages/popup-tab.ts';
import { contentScriptMatches, DEMO_MATCHES } from '../../sites/speech-sites.ts';

const SPEECH_PARAGRAPH = '同志们：今天我们召开全省党委秘书长会议，主要任务是总结工作、分析形势、部署任务。第一，党性是根本。党委办公厅姓党，党性意识要特别强。第二，服务是天职。';

describe('looksLikeLongChineseText', () => {
  it('passes a long Chinese speech', () => {
    expect(looksLikeLongChineseText(SPEECH_PARAGRAPH.repeat(10))).toBe(true);
  });

  it.each([
    ['a short Chinese notice', '关于召开全省党委秘书长会议的通知。'],
    ['an English page', 'Firstly, the party spirit is fundamental. '.repeat(200)],
    ['a Chinese quote inside a long English page', `${'Lorem ipsum dolor sit amet. '.repeat(400)}${SPEECH_PARAGRAPH.repeat(5)}`],
  ])('skips %s', (_what, text) => {
    expect(looksLikeLongChineseText(text)).toBe(false);
  });
});

describe('contentScriptMatches', () => {
  it('never asks for every site', () => {
    expect(contentScriptMatches('demo')).not.toContain('<all_urls>');
    expect(contentScriptMatches('production').every((m) => !m.startsWith('*://*/'))).toBe(true);
  });

  it('adds the local test hosts only to the demo build', () => {
    expect(contentScriptMatches('production')).not.toContain(DEMO_MATCHES[0]);
    expect(contentScriptMatches('demo')).toEqual(expect.arrayContaining([...DEMO_MATCHES]));
  });
});

describe('tabIdFromQuery', () => {
  it.each([
    ['?tab=12', 12],
    ['', null],
    ['?tab=abc', null],
    ['?tab=-3', null],
  ])('reads %j as %j', (search, id) => {
    expect(tabIdFromQuery(search)).toBe(id);
  });
});

describe('uiLanguage', () => {
  it('names the language of the words t returns, for lang attributes', () => {
    useLocale('zh_CN');
    expect(t('emptyTitle')).toBe('此页面未识别为讲话稿');
    expect(uiLanguage()).toBe('zh-CN');
    useLocale('en');
    expect(uiLanguage()).toBe('en');
    useLocale(null);
  });
});
