/**
 * A build step for the content script's stylesheets, which live in
 * TypeScript template strings (`export const X_CSS = \`…\``, in files named
 * `*-styles.ts`) because they go into shadow roots: esbuild minifies the code
 * around them but leaves the CSS text as written. Comments, indentation and
 * the spaces around punctuation are taken out so the store build's content
 * script stays within its size budget. Only whitespace goes: selectors,
 * values and `${…}` interpolations are kept as they are.
 */
import type { Plugin } from 'vite';

/** `css` without comments, runs of whitespace, or spaces the CSS grammar does not need. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // No space is needed beside braces, semicolons, commas and child combinators, nor after a declaration's colon.
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Where a stylesheet string starts and ends in a `*-styles.ts` module. */
const STYLESHEET = /(_CSS = `)([\s\S]*?)(`)/g;

/** The Vite plugin: compacts every `…_CSS = \`…\`` in `*-styles.ts` before TypeScript is compiled. */
export function compactCssPlugin(): Plugin {
  return {
    name: 'speech-outline:compact-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/-styles\.ts$/.test(id)) return null;
      return { code: code.replace(STYLESHEET, (_all, head: string, css: string, tail: string) => head + compactCss(css) + tail), map: null };
    },
  };
}
