/**
 * The page's own CSS rules sized in viewport widths (`width: 100vw`, a
 * full-bleed header, `calc(100vw - 32px)`), rewritten for a page that gave up
 * `px` at its right edge to the docked panel. A vw is the window's width
 * whatever margin <html> has, so such boxes ran on under the panel; the same
 * selectors with `vw` measured against the narrower page win over the page's
 * rules (the override sheet comes after them in the cascade, !important).
 * Stylesheets the page cannot read itself (another origin) are skipped.
 */

/** The properties whose vw lengths are rewritten: the ones that make a box as wide as the window. */
const WIDTH_PROPERTIES = ['width', 'min-width', 'max-width', 'inline-size', 'min-inline-size', 'max-inline-size'] as const;

/**
 * A number followed by vw, outside any identifier (not "5vwx", not a custom property name).
 * It may only start where a number starts (the lookbehind), so a page's 4,000-digit length is
 * read once: `\d*\.?\d+` retried at every digit of it took 9 s (cubic), freezing the tab.
 */
const VW_LENGTH = /(?<![\d.])(-?(?:\d+(?:\.\d+)?|\.\d+))vw\b/g;

/** `value` with every vw length measured against a page `px` narrower than the window. */
export function narrowVw(value: string, px: number): string {
  return value.replace(VW_LENGTH, (_, n: string) => `calc(${n} * (100vw - ${px}px) / 100)`);
}

/** The declarations of `style` that set a width in vw, rewritten; empty when there are none. */
function narrowedDeclarations(style: CSSStyleDeclaration, px: number): string {
  const out: string[] = [];
  for (const name of WIDTH_PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value.includes('vw')) out.push(`${name}: ${narrowVw(value, px)} !important;`);
  }
  return out.join(' ');
}

/** The rewritten rules of `rules` (inside @media and @supports too), as CSS text. */
function narrowedRules(rules: CSSRuleList, px: number, out: string[]): void {
  for (const rule of Array.from(rules)) {
    if ('selectorText' in rule && 'style' in rule) {
      const style = rule as CSSStyleRule;
      const body = narrowedDeclarations(style.style, px);
      if (body) out.push(`${style.selectorText} { ${body} }`);
    } else if ('conditionText' in rule && 'cssRules' in rule) {
      const group = rule as CSSConditionRule;
      const inner: string[] = [];
      narrowedRules(group.cssRules, px, inner);
      const at = 'media' in rule ? 'media' : 'containerName' in rule ? 'container' : 'supports';
      if (inner.length > 0) out.push(`@${at} ${group.conditionText} { ${inner.join(' ')} }`);
    }
  }
}

/** Overrides for every rule of `sheets` that sizes a box in vw, for a page `px` narrower than the window; '' when there is none. */
export function viewportWidthOverrides(sheets: Iterable<CSSStyleSheet>, px: number): string {
  if (px <= 0) return '';
  const out: string[] = [];
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: its rules are not readable
    }
    narrowedRules(rules, px, out);
  }
  return out.join('\n');
}
