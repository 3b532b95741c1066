// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { narrowVw, viewportWidthOverrides } from '../../entrypoints/content/reading/viewport-width-rules.ts';

afterEach(() => {
  document.head.innerHTML = '';
});

function sheetOf(css: string): CSSStyleSheet {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style.sheet!;
}

describe('viewportWidthOverrides', () => {
  it('measures every vw of a width against the page the panel left', () => {
    expect(narrowVw('100vw', 360)).toBe('calc(100 * (100vw - 360px) / 100)');
    expect(narrowVw('calc(100vw - 32px)', 360)).toBe('calc(calc(100 * (100vw - 360px) / 100) - 32px)');
    expect(narrowVw('50.5vw', 10)).toBe('calc(50.5 * (100vw - 10px) / 100)');
    expect(narrowVw('-.5vw .5vw', 10)).toBe('calc(-.5 * (100vw - 10px) / 100) calc(.5 * (100vw - 10px) / 100)');
    expect(narrowVw('5vwx', 10)).toBe('5vwx');
    expect(narrowVw('900px', 360)).toBe('900px');
  });

  it('rewrites the page’s full-width rules (also inside @media) and leaves every other rule alone', () => {
    const sheet = sheetOf(`
      .site-header { width: 100vw; color: red; }
      .detail { max-width: 900px; }
      .hero { height: 100vh; }
      @media (min-width: 600px) { .nav { min-width: calc(100vw - 32px); } .aside { width: 30%; } }`);
    const css = viewportWidthOverrides([sheet], 360);
    expect(css).toContain('.site-header { width: calc(100 * (100vw - 360px) / 100) !important; }');
    expect(css).toMatch(/@media \(min-width: 600px\) \{ \.nav \{ min-width: calc\(calc\(100 \* \(100vw - 360px\) \/ 100\) - 32px\) !important; \} \}/);
    expect(css).not.toContain('.detail');
    expect(css).not.toContain('.hero');
    expect(css).not.toContain('.aside');
    expect(viewportWidthOverrides([sheet], 0)).toBe('');
  });

  it('skips a sheet whose rules the page may not read (another origin)', () => {
    const foreign = { get cssRules(): CSSRuleList { throw new DOMException('cross-origin', 'SecurityError'); } } as unknown as CSSStyleSheet;
    expect(viewportWidthOverrides([foreign, sheetOf('.wrap { width: 100vw; }')], 200)).toBe('.wrap { width: calc(100 * (100vw - 200px) / 100) !important; }');
  });
});

describe('the vw pattern on a hostile page stylesheet', () => {
  it('reads a 100,000-digit length once and still rewrites the vw after it (npm run bench prints its time)', () => {
    const value = `calc(${'1'.repeat(100_000)}px - 2vw)`;
    expect(narrowVw(value, 300)).toBe(`calc(${'1'.repeat(100_000)}px - calc(2 * (100vw - 300px) / 100))`);
  });
});
