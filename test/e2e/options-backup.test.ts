/**
 * The options page in real Chromium: backup downloads every record, a deleted
 * note comes back from the file through restore's dry-run and confirmation.
 */
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
