/**
 * Answers a page's 序号检查 (`check/numbering`): the engine's check on the
 * blocks the content script read, with the titles of the rules found broken.
 * The rules and their wording live here, not in every page's content script.
 */
import type { BackgroundRouter } from '../../protocol/background-messages.ts';
import { ok } from '../../protocol/result.ts';
import { checkNumberingInRanges } from '../../core/check/check-numbering.ts';
import { getNumberingRule } from '../../core/check/rules.ts';
import type { NumberingCheckReply } from '../../protocol/numbering-wire.ts';

/** Registers `check/numbering`. */
export function setupNumberingCheck(router: BackgroundRouter): void {
  router.on({
    'check/numbering': async ({ blocks, ranges, scheme }) => {
      const list = checkNumberingInRanges(blocks, ranges, { scheme });
      const titles: NumberingCheckReply['titles'] = {};
      for (const f of list) titles[f.rule] ??= getNumberingRule(f.rule).title;
      return ok({ list, titles });
    },
  });
}
