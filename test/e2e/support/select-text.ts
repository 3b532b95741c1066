/**
 * Selecting text in a page as a keyboard or mouse user does, for the
 * end-to-end tests and scripts/screenshots.ts.
 */
import type { Page } from 'playwright-core';
import { hostUi } from './closed-ui.ts';

/**
 * Selects, in the paragraph starting with `paragraph`, from the start of `from`
 * to the end of `to` (offsets in its full textContent, hidden text included), as
 * a keyboard user would: the selection is set and Shift is pressed and released
 * (a real key: the extension ignores made-up ones).
 */
export async function selectByKeyboard(page: Page, paragraph: string, from: string, to: string): Promise<string> {
  const text = await page.evaluate(({ paragraph, from, to }) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(paragraph));
    if (!p) throw new Error(`no paragraph ${paragraph}`);
    const full = p.textContent!;
    const start = full.indexOf(from);
    if (start < 0 || full.indexOf(to, start) < 0) throw new Error(`${from}…${to} is not in the paragraph`);
    const end = full.indexOf(to, start) + to.length;
    const point = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (offset <= seen + n.length) return [n, offset - seen];
        seen += n.length;
      }
      throw new Error('offset past the paragraph');
    };
    p.scrollIntoView({ block: 'center' });
    document.getSelection()!.setBaseAndExtent(...point(start), ...point(end));
    // The DOM's view of the selection: hidden text included (Selection.toString() would skip it).
    return document.getSelection()!.getRangeAt(0).toString();
  }, { paragraph, from, to });
  await page.keyboard.press('Shift');
  await hostUi(page, 'notes').waitFor('[data-annotate-toolbar]');
  return text;
}


/**
 * Drags the real mouse over `phrase` (inside one text node of a <p>), from its
 * first character to its last, and waits for the selection toolbar; returns
 * the page's selection as text.
 */
export async function selectPhraseWithMouse(page: Page, phrase: string): Promise<string> {
  const box = await page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(phrase);
      if (at < 0 || !node.parentElement?.closest('p')) continue;
      node.parentElement.scrollIntoView({ block: 'center' });
      const charBox = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const a = charBox(at);
      const b = charBox(at + phrase.length - 1);
      return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2 };
    }
    throw new Error(`no paragraph holds ${phrase}`);
  }, phrase);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
  await hostUi(page, 'notes').waitFor('[data-annotate-toolbar]');
  return page.evaluate(() => document.getSelection()!.toString());
}
