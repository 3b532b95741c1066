// @vitest-environment happy-dom
// The note fixtures import dexie-export-import, which looks at `self`.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildNotesMarkdown } from '../../core/export/notes-markdown.ts';
import { annotationLink } from '../../core/export/annotation-markdown.ts';
import { isWebUrl } from '../../core/web-url.ts';
import { revealAnnotation } from '../../pages/notes-api.ts';
import { seedAnnotation } from '../backup/fixtures.ts';

const NOT_WEB = ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings/', 'file:///home/user/讲话.html', 'about:blank', ''];

beforeEach(() => fakeBrowser.reset());

describe('isWebUrl', () => {
  it.each(NOT_WEB)('is false for %j', (url) => expect(isWebUrl(url)).toBe(false));
  it.each(['https://www.diyifanwen.com/fanwen/jianghua/1001.html', 'http://127.0.0.1:8080/seed-p.html'])('is true for %s', (url) => expect(isWebUrl(url)).toBe(true));
});

describe('opening a note in its page', () => {
  it.each(NOT_WEB.filter(Boolean))('opens no tab for a note whose address is %s', async (url) => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await revealAnnotation({ ...seedAnnotation(1), url });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('opens a tab on the note\'s web page', async () => {
    const note = seedAnnotation(1);
    const reveal = revealAnnotation(note);
    // The fake never finishes loading the tab; the reveal gives up waiting on its own.
    await new Promise((r) => setTimeout(r, 10));
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(note.url);
    void reveal.catch(() => undefined);
  });
});

describe('links to a note\'s page in exports', () => {
  it('are made only for web pages; any other address stays plain text', () => {
    const evil = { ...seedAnnotation(1), url: 'javascript:alert(1)' };
    expect(annotationLink(evil)).toBeNull();
    const md = buildNotesMarkdown({ url: evil.url, title: '在全省党委秘书长会议讲话' }, [evil]);
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).toContain('原文：javascript:alert(1)');
    expect(annotationLink(seedAnnotation(1))).toMatch(/^https:\/\/www\.diyifanwen\.com\/.*#:~:text=/);
  });
});
