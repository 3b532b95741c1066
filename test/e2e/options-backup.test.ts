/**
 * The options page in real Chromium: backup downloads every record, a deleted
 * note comes back from the file through restore's dry-run and confirmation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium.ts';
import { noteDrafts, saveThroughMessages } from './support/seed-notes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

let browser: ExtensionBrowser;
let options: Page;
let saved: Annotation[];

/** Sends a protocol message from the options page and returns the reply's value. */
async function send<T>(type: string, data: object): Promise<T> {
  return options.evaluate(async ([type, data]) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
    const reply = await chrome.runtime.sendMessage({ type, data });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }, [type, data] as const) as Promise<T>;
}

beforeAll(async () => {
  browser = await launchWithExtension(EXTENSION_DIR);
  options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 1400 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  saved = await saveThroughMessages(options, noteDrafts(6));
});

afterAll(async () => {
  await browser?.close();
});

describe('the options page', () => {
  it('shows the backup and the user-words cards, and saves the words', async () => {
    await options.locator('.backup-panel').waitFor();
    await options.locator('[data-user-words]').waitFor();
    await options.locator('[data-user-words] textarea').fill('全面从严治党\n两个确立');
    await options.locator('[data-user-words-save]').click();
    await options.locator('[data-user-words] [role="status"]').waitFor();
  });

  it('backs up to a file and restores a deleted note from it', async () => {
    const [backup] = await Promise.all([options.waitForEvent('download'), options.locator('.backup-panel').getByRole('button', { name: /^(备份|Back up)$/ }).click()]);
    expect(backup.suggestedFilename()).toMatch(/\.json$/);
    const file = (await backup.path())!;

    const gone = saved[0]!;
    await send('annotation/delete', { id: gone.id });
    const count = async () => (await send<{ total: number }>('annotation/facets', {})).total;
    expect(await count()).toBe(5);

    await options.locator('.backup-panel input[type="file"]').setInputFiles(file);
    await options.locator('[data-restore-plan]').waitFor();
    // The dry run names the one note the file would add back (the browser speaks zh-CN).
    expect((await options.locator('[data-restore-plan] li').allTextContents()).join(' ')).toContain('新增 1 条');
    await options.locator('[data-restore-plan]').getByRole('button', { name: /确认恢复|Restore/ }).click();
    await expect.poll(count).toBe(6);
    await options.locator('.backup-panel p[role="status"]').waitFor();
    const back = await send<Annotation[]>('annotation/list', { url: gone.url });
    expect(back.find((a) => a.id === gone.id)).toMatchObject({ quote: gone.quote, note: gone.note });
  });
});

describe('a backup with good and bad notes', () => {
  it('restores the good ones, names the bad ones, and the popup lists the good notes', async () => {
    const [backup] = await Promise.all([options.waitForEvent('download'), options.locator('.backup-panel').getByRole('button', { name: /^(备份|Back up)$/ }).click()]);
    const json = JSON.parse(readFileSync((await backup.path())!, 'utf8'));
    const table = json.data.data.find((t: { tableName: string }) => t.tableName === 'annotations');
    const declared = json.data.tables.find((t: { name: string }) => t.name === 'annotations');
    const template = table.rows[0] as Annotation;
    const row = (n: number, change: Partial<Record<keyof Annotation, unknown>>) => ({ ...template, id: `restored-${n}`, quote: `恢复的第${n}条：${template.quote}`, ...change });
    const good = [row(1, {}), row(2, { color: 'green' })];
    const bad = [
      row(3, { url: 'javascript:alert(document.cookie)' }),
      row(4, { color: 'red' }),
      row(5, { context: { sectionIndex: 0, sectionTitle: '篇1', path: '一、', pointTitle: '' } }),
      { ...row(6, {}), $types: { '__proto__.polluted': 'undefined' } },
    ];
    table.rows.push(...good, ...bad);
    declared.rowCount += good.length + bad.length;
    const file = resolve(tmpdir(), `speech-outline-mixed-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(json));

    await options.locator('.backup-panel input[type="file"]').setInputFiles(file);
    await options.locator('[data-restore-plan]').waitFor();
    const skipped = await options.locator('[data-restore-skipped]').textContent();
    expect(skipped).toContain('有 4 条记录不符合规则');
    for (const words of ['网址不是 http/https 网页 1 条', '颜色未知 1 条', '所在提纲位置格式不对 1 条', '含有会改写程序对象的键（__proto__ 等） 1 条']) expect(skipped).toContain(words);
    expect((await options.locator('[data-restore-plan] li').allTextContents()).join(' ')).toContain('新增 2 条');
    expect(await options.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);

    await options.locator('[data-restore-plan]').getByRole('button', { name: /确认恢复|Restore/ }).click();
    const done = options.locator('.backup-panel p[role="status"]');
    await done.waitFor();
    expect(await done.textContent()).toContain('跳过 4 条不符合规则的记录');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=notes`);
    await popup.locator('.note').first().waitFor();
    await expect.poll(() => popup.locator('.note').count()).toBe(saved.length + good.length);
    for (const note of good) expect(await popup.locator(`[data-note-id="${note.id}"]`).count()).toBe(1);
    for (const note of bad) expect(await popup.locator(`[data-note-id="${note.id}"]`).count()).toBe(0);
    await popup.close();
  });
});

describe('the language setting', () => {
  it('switches the options page and the popup to English and back to the browser’s Chinese', async () => {
    expect(await options.locator('h1').textContent()).toBe('讲话提纲助手 · 设置');
    await options.selectOption('[data-language] select', 'en');
    await options.locator('[data-language-result="ok"]').waitFor();
    expect(await options.locator('h1').textContent()).toBe('Speech Outline · Settings');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=notes`);
    await popup.locator('[role="tab"]').first().waitFor();
    expect(await popup.locator('[role="tab"]').allTextContents()).toContain('Notes');
    await popup.close();

    await options.selectOption('[data-language] select', 'auto');
    await options.locator('[data-language-result="ok"]').waitFor();
    await options.reload();
    expect(await options.locator('h1').textContent()).toBe('讲话提纲助手 · 设置');
  });
});
