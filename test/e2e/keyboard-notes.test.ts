/**
 * A note written with the keyboard only, in real Chromium with the demo build:
 * select with Shift, reach 笔记 in the toolbar with the arrow keys, Enter, and
 * the caret is in the editor's textarea (an extension frame, where Chromium
 * ignores autofocus); Ctrl+Enter saves, Escape closes and gives focus back to
 * the page with the selection as it was. And a delete whose first try already
 * committed (its answer lost with a stopped worker) tells the reader 已删除
 * with 撤销, not that it failed.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { HIGHLIGHT_COLORS } from '../../protocol/annotation-wire.ts';
import { launchWithExtension, sleep, type ExtensionBrowser } from './support/chromium.ts';
import { hostUi, noteFrame } from './support/closed-ui.ts';
import { storedAnnotations } from './support/extension-db.ts';
import { selectByKeyboard } from './support/select-text.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { openSpeechPage } from './support/speech-page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(resolve(ROOT, 'test/fixtures'));
  browser = await launchWithExtension(resolve(ROOT, '.output/chrome-mv3-demo'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** single-speech.html, read and painted. */
const openSpeech = (): Promise<Page> => openSpeechPage(browser, server.baseUrl);

/** The `n`-th paragraph of single-speech.html long enough to select from, as [start-of-paragraph, from, to]. */
async function sentence(page: Page, n: number): Promise<[string, string, string]> {
  return page.evaluate((n) => {
    const text = [...document.querySelectorAll('p')].filter((el) => (el.textContent ?? '').trim().length > 40)[n]!.textContent!;
    return [text.slice(0, 6), text.slice(2, 8), text.slice(14, 20)] as [string, string, string];
  }, n);
}

/** The `data-action` (or `data-color`) of the focused toolbar button, null when focus is not on one. */
async function focusedButton(page: Page): Promise<string | null> {
  return hostUi(page, 'notes').evaluateAll<string | null>('button', `(buttons) => {
    const active = buttons[0] && buttons[0].getRootNode().activeElement;
    if (!active || !buttons.includes(active)) return null;
    return active.dataset.action || active.dataset.color || null;
  }`);
}

/** The name of the focused field inside the editor frame, when the frame itself has focus. */
function focusedField(editor: Frame): Promise<string | null> {
  return editor.evaluate(() => (document.hasFocus() ? (document.activeElement as HTMLInputElement | null)?.name || null : null)).catch(() => null);
}

/** From a keyboard selection, opens the new-note editor as a keyboard user: arrows to 笔记, Enter. */
async function openEditorByKeyboard(page: Page, n: number): Promise<{ quote: string; editor: Frame }> {
  const [paragraph, from, to] = await sentence(page, n);
  const quote = await selectByKeyboard(page, paragraph, from, to);
  await expect.poll(() => focusedButton(page)).toBe(HIGHLIGHT_COLORS[0]);
  // The colour buttons come first, then 笔记.
  for (let i = 0; i < HIGHLIGHT_COLORS.length; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedButton(page)).toBe('note');
  await page.keyboard.press('Enter');
  const editor = await noteFrame(page, 'editor');
  // The caret is in the note field, with no click.
  await expect.poll(() => focusedField(editor)).toBe('note');
  return { quote, editor };
}

/** Every painted note highlight as `name text`, read in the page. */
function painted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('speech-note-')) for (const r of h) out.push(`${name} ${r.toString()}`);
    return out;
  });
}

/** Where the page's focus is: whether the tab's document has it, and whether it sits in one of our hosts. */
function pageFocus(page: Page): Promise<{ hasFocus: boolean; inOurs: boolean; selected: string }> {
  return page.evaluate(() => ({
    hasFocus: document.hasFocus(),
    inOurs: document.activeElement?.hasAttribute('data-speech-outline') ?? false,
    selected: document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0).toString() : '',
  }));
}

describe('a note with the keyboard only', () => {
  it('lands in the textarea, takes Chinese typed from the keyboard, and Ctrl+Enter saves and paints it', async () => {
    const page = await openSpeech();
    const { quote, editor } = await openEditorByKeyboard(page, 0);
    const words = '键盘写的笔记：调查研究是谋事之基、成事之道。';
    await page.keyboard.type(words);
    expect(await editor.locator('textarea').inputValue()).toBe(words);
    // Tab goes on to the tags field, Shift+Tab back: the order is the form's.
    await page.keyboard.press('Tab');
    expect(await focusedField(editor)).toBe('tags');
    await page.keyboard.type('调研');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedField(editor)).toBe('note');
    await page.keyboard.press('Control+Enter');

    await expect.poll(async () => (await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.note === words).length, { timeout: 15_000 }).toBe(1);
    const note = (await storedAnnotations(browser.context, browser.extensionId)).find((a) => a.note === words)!;
    expect(note).toMatchObject({ kind: 'note', tags: ['调研'], color: 'yellow' });
    const notes = hostUi(page, 'notes');
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });
    await expect.poll(() => painted(page)).toContain(`speech-note-underline ${quote}`);
    // Focus is back on the page, off our UI.
    await expect.poll(() => pageFocus(page)).toMatchObject({ hasFocus: true, inOurs: false });
    await page.close();
  });

  it('Escape closes the editor and gives focus back to the page with the selection as it was', async () => {
    const page = await openSpeech();
    const { quote } = await openEditorByKeyboard(page, 1);
    await page.keyboard.type('先不存');
    await page.keyboard.press('Escape');
    const notes = hostUi(page, 'notes');
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });
    await expect.poll(() => pageFocus(page)).toEqual({ hasFocus: true, inOurs: false, selected: quote });
    // The reader goes on from there: Shift brings the toolbar back on the same selection, focused.
    await page.keyboard.press('Shift');
    await notes.waitFor('[data-annotate-toolbar]');
    await expect.poll(() => focusedButton(page)).toBe(HIGHLIGHT_COLORS[0]);
    expect((await storedAnnotations(browser.context, browser.extensionId)).some((a) => a.note === '先不存')).toBe(false);
    await page.close();
  });
});

/** Every note in the extension's 回收站, read in an extension page. */
async function trashed(): Promise<Annotation[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?view=saved`);
    return await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok, ko) => {
        const r = indexedDB.open('speech-outline');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const all: Annotation[] = await new Promise((ok, ko) => {
        const r = db.transaction('trash').objectStore('trash').getAll();
        r.onsuccess = () => ok(r.result as Annotation[]);
        r.onerror = () => ko(r.error);
      });
      db.close();
      return all;
    });
  } finally {
    await page.close();
  }
}

/** Deletes note `id` as an extension page does (the 回收站 gets it), standing in for a first try whose answer was lost. */
async function deleteElsewhere(id: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?view=saved`);
    const reply = await page.evaluate((id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'annotation/delete', data: { id } }), id);
    expect(reply).toMatchObject({ ok: true });
  } finally {
    await page.close();
  }
}

describe('a delete whose answer was lost', () => {
  it('says 已删除 with 撤销 when the retry finds the note in the 回收站 already, and 撤销 brings it back', async () => {
    const page = await openSpeech();
    const { quote } = await openEditorByKeyboard(page, 2);
    const words = '删除重试测试：这条删了要能撤销。';
    await page.keyboard.type(words);
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.note === words).length, { timeout: 15_000 }).toBe(1);
    const note = (await storedAnnotations(browser.context, browser.extensionId)).find((a) => a.note === words)!;
    const notes = hostUi(page, 'notes');
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });

    // Open it again for editing (click its highlight).
    const at = await page.evaluate((quote) => {
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
        if (!name.startsWith('speech-note-') || name === 'speech-note-underline') continue;
        for (const range of h) if (range.toString() === quote) {
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
        }
      }
      return null;
    }, quote);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await notes.waitFor('[data-annotate-editor-frame="edit"]');
    const edit = await noteFrame(page, 'editor');
    await edit.locator('[data-action="delete"]').waitFor();

    // The first try committed and its answer was lost: the note is in the 回收站 before
    // the frame's (re)try arrives. The worker is stopped too, so the try meets a fresh one.
    await deleteElsewhere(note.id);
    const cdp = await browser.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    await sleep(200);
    await edit.locator('[data-action="delete"]').click();

    await notes.waitFor('[data-annotate-notice]', { timeout: 20_000 });
    expect(await notes.text('[data-annotate-notice]')).toContain('已删除');
    await notes.waitFor('[data-annotate-editor-frame]', { gone: true });
    await expect.poll(() => painted(page)).not.toContain(`speech-note-underline ${quote}`);
    expect((await trashed()).filter((a) => a.id === note.id)).toHaveLength(1);

    await notes.click('[data-action="undo"]');
    await expect.poll(async () => (await storedAnnotations(browser.context, browser.extensionId)).filter((a) => a.id === note.id).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => painted(page)).toContain(`speech-note-underline ${quote}`);
    expect((await trashed()).some((a) => a.id === note.id)).toBe(false);
    await page.close();
  });
});
