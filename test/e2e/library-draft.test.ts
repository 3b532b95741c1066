/**
 * The library page opens the writer's own draft in real Chromium: a Word file
 * dropped onto the page (or picked with 打开文稿) shows its outline and its
 * 序号检查 findings; the strictness switch, a bad file and 保存提纲 as a
 * reader meets them.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DRAFT, SLIPS, withSlip } from '../check/drafts.ts';
import { buildDraftDocx } from '../docx/build-draft-docx.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let browser: ExtensionBrowser;
let library: Page;

/** A draft with two slips a writer makes: 一、二、四、 and a stray 、 after （二）. */
function slippedDraft(): string {
  const skipped = SLIPS.find((s) => s.rule === 'skipped-number' && s.to.startsWith('四、'))!;
  const stray = SLIPS.find((s) => s.rule === 'stray-punct')!;
  return withSlip({ ...skipped, also: [stray.from, stray.to] });
}

/** Drops `bytes` as a file named `name` onto the library page, as a drag from the desktop does. */
async function dropFile(page: Page, name: string, bytes: Uint8Array, mime: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data, mime }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: mime }));
      return dt;
    },
    { name, data: [...bytes], mime },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

async function openLibrary(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.locator('[data-open-draft-button]').waitFor();
  return page;
}

beforeAll(async () => {
  browser = await launchWithExtension(EXTENSION_DIR);
  library = await openLibrary();
});

afterAll(async () => {
  await browser?.close();
});

describe('a Word draft dropped onto the library page', () => {
  it('shows its outline, named after the file, and both numbering slips with their paragraphs and usual forms', async () => {
    await dropFile(library, '全市党委办公室工作会议讲话稿.docx', await buildDraftDocx(slippedDraft(), { autoNumber: false }), DOCX_MIME);
    const view = library.locator('[data-draft-view]');
    await view.waitFor();
    expect(await view.locator('.outline-title').textContent()).toBe('全市党委办公室工作会议讲话稿');
    const markers = await view.locator('.point-marker').allTextContents();
    expect(markers.slice(0, 3)).toEqual(['一、', '（一）', '一是']);
    expect(markers).toContain('四、');
    const findings = view.locator('[data-finding]');
    expect(await findings.count()).toBe(2);
    const stray = findings.nth(0);
    expect(await stray.getAttribute('data-finding')).toBe('stray-punct');
    expect(await stray.locator('.finding-place').textContent()).toBe('第 7 段');
    expect(await stray.locator('.finding-usual').textContent()).toBe('通常写作：（二）');
    const skipped = findings.nth(1);
    expect(await skipped.getAttribute('data-finding')).toBe('skipped-number');
    expect(await skipped.locator('.finding-place').textContent()).toBe('第 16 段');
    expect(await skipped.locator('.finding-message').textContent()).toContain('「二、」之后是「四、」，应为「三、」');
    expect(await skipped.locator('.finding-marker').textContent()).toBe('四、');
  });

  it('clicking a finding’s place shows its point in the outline: its folds opened, scrolled into view and marked', async () => {
    const view = library.locator('[data-draft-view]');
    await library.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // Fold the whole tree first, so the point has to be unfolded to be seen.
    await view.evaluate((el) => el.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
    await view.locator('[data-finding="stray-punct"] [data-finding-jump]').click();
    const found = view.locator('li.point.point--found');
    await found.waitFor({ timeout: 5_000 });
    expect(await found.locator('.point-title').first().textContent()).toContain('信息工作');
    await expect.poll(() => found.evaluate((li) => { const r = li.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    expect(await found.evaluate((li) => { for (let el = li.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement && !el.open) return false; return true; })).toBe(true);
  });

  it('keeps the open draft and says why when the next file is not a Word document', async () => {
    await dropFile(library, '照片.docx', new TextEncoder().encode('这不是 Word 文档，只是改了扩展名的文本。'), DOCX_MIME);
    const error = library.locator('[data-draft-error]');
    await error.waitFor();
    expect(await error.textContent()).toBe('无法打开「照片.docx」：不是 Word 文档（.docx）。没有做任何改动。');
    expect(await library.locator('[data-draft-view]').getAttribute('data-draft-file')).toBe('全市党委办公室工作会议讲话稿.docx');
  });

  it('refuses an empty file and a kind it does not read in plain words', async () => {
    await library.locator('[data-open-draft-input]').setInputFiles({ name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect.poll(() => library.locator('[data-draft-error]').textContent()).toBe('无法打开「空白.txt」：文件是空的。没有做任何改动。');
    await library.locator('[data-open-draft-input]').setInputFiles({ name: '表格.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await expect.poll(() => library.locator('[data-draft-error]').textContent()).toContain('只能打开 Word（.docx）');
  });

  it('finds nothing in a Word-numbered 1、 draft by its own scheme and flags every 1、 under GB/T 9704', async () => {
    const bytes = await buildDraftDocx(CLEAN_DRAFT, { autoNumber: true, levelTexts: ['%1、', '（%2）', '%3、', '（%4）'] });
    await library.locator('[data-open-draft-input]').setInputFiles({ name: '顿号版.docx', mimeType: DOCX_MIME, buffer: Buffer.from(bytes) });
    const view = library.locator('[data-draft-view][data-draft-file="顿号版.docx"]');
    await view.waitFor();
    expect(await library.locator('[data-draft-error]').count()).toBe(0);
    expect(await view.locator('[data-check-clean]').textContent()).toBe('未发现序号问题');
    await view.locator('[data-check-scheme="gbt"]').check();
    await expect.poll(() => view.locator('[data-finding="ar-punct"]').count()).toBe(3);
    expect(await view.locator('[data-finding] .finding-usual').allTextContents()).toEqual(['通常写作：1.', '通常写作：2.', '通常写作：3.']);
  });

  it('reads a GB18030 text draft and saves its outline under the file’s name', async () => {
    const page = await openLibrary();
    // GB18030 bytes, as a Chinese Windows editor saves a .txt by default.
    const { encodeGb18030 } = await import('../cli/gb18030.ts');
    await page.locator('[data-open-draft-input]').setInputFiles({ name: '讲话提纲.txt', mimeType: 'text/plain', buffer: Buffer.from(encodeGb18030(CLEAN_DRAFT)) });
    const view = page.locator('[data-draft-view]');
    await view.waitFor();
    expect(await view.locator('.point-marker').first().textContent()).toBe('一、');
    expect(await view.locator('[data-check-clean]').count()).toBe(1);
    await view.locator('[data-save-outline]').click();
    await view.locator('.save-outline-status[role="status"]').waitFor();
    await page.locator('#library-tab-saved').click();
    await page.locator('.note-group-title', { hasText: '讲话提纲' }).waitFor();
    expect(await page.locator('.note-group[data-page-url^="file:///"] .section-title').first().textContent()).toBe('讲话提纲');
    await page.close();
  });
});
