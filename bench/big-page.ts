/**
 * A speech page of about 100,000 elements for the content-script benchmark:
 * the seed page's 18 speeches with their text cut into short `<span>`s (as some
 * sites' anti-copy markup does) and a long list of related links and comments
 * around them, so both the article and the page's furniture are large.
 */

/** Elements of the whole document. */
export function countElements(html: string): number {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).length;
}

/** Wraps every `size` characters of a paragraph's text in a span. */
function spanned(text: string, size: number): string {
  let out = '';
  for (let i = 0; i < text.length; i += size) out += `<span>${text.slice(i, i + size)}</span>`;
  return out;
}

/**
 * The seed page (test/fixtures/seed-p.html) grown to at least `elements`
 * elements: each paragraph's text in spans of 3 characters, then the rest as a
 * side list of related items, each a small nest of elements.
 */
export function buildBigPage(seedHtml: string, elements = 100_000): string {
  const grown = seedHtml.replace(/<p>([^<]*)<\/p>/g, (_m, text: string) => `<p>${spanned(text, 3)}</p>`);
  const missing = Math.max(0, elements - countElements(grown));
  // Each item is 5 elements: li, a, span, em, i.
  const items = Array.from({ length: Math.ceil(missing / 5) }, (_, i) => `<li><a href="/related/${i}.html"><span>相关阅读</span><em>${i}</em><i>·</i></a></li>`);
  return grown.replace('</body>', `<ul class="related-links">${items.join('')}</ul>\n</body>`);
}
