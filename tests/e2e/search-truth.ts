// What a search should find, read from the rendered pages (shared by
// tests/e2e/search-engine.test.ts and scripts/bench-search.ts). A page "holds" a query
// when a line of its indexed region (main[data-pagefind-body] without what Pagefind
// leaves out; table cells count as lines) contains it, ignoring whitespace, character
// width, case and diacritics.
import type { Browser } from 'playwright-core';
import { squashForMatch as squash } from '../../src/lib/search/normalise.ts';

/** One page's rendered text, squashed line by line. */
export interface PageText {
  url: string;
  title: string;
  id: string;
  aliases: string[];
  lines: string[];
  /** Lines with the template furniture (link lists, diagrams, breadcrumbs) kept. */
  allLines: string[];
  /** Last character of a flex or grid item and first character of the next one. */
  seams: string[];
}

// Hides what the index leaves out; the page's own policy would refuse it (bypassCSP).
const LEFT_OUT =
  'main [data-pagefind-ignore], main nav, main footer, main form, main label, main script, main style, main noscript, main template, main svg, main iframe, main button, main [hidden] { display: none !important; }';

/** Runs in the page: the indexed region's text with and without furniture, and its seams. */
function readInPage(leftOut: string) {
  const main = document.querySelector('main[data-pagefind-body]') as HTMLElement | null;
  if (!main) return null;
  const withFurniture = main.innerText;
  const style = document.createElement('style');
  style.textContent = leftOut;
  document.head.append(style);
  // Collapsed <details> content is page text too (find-in-page and text fragments open them).
  for (const d of main.querySelectorAll('details')) d.open = true;
  const seams: string[] = [];
  for (const el of main.querySelectorAll('*')) {
    if (!/^(inline-)?(flex|grid)$/.test(getComputedStyle(el).display)) continue;
    const items = [...el.children]
      .filter((c) => c.checkVisibility())
      .map((c) => [...(c as HTMLElement).innerText.replace(/\s+/g, '')])
      .filter((chars) => chars.length);
    for (let i = 0; i + 1 < items.length; i++) seams.push(items[i].at(-1)! + items[i + 1][0]);
  }
  const aliasLine = [...main.querySelectorAll('p')]
    .map((p) => p.textContent!.trim())
    .find((t) => /^又称[：:]/.test(t));
  return {
    text: main.innerText,
    withFurniture,
    seams,
    title: main.querySelector('h1')?.innerText.trim() ?? '',
    // The public ID a page declares to the index (source slugs stay internal).
    id:
      main
        .querySelector('[data-pagefind-meta^="id:"]')
        ?.getAttribute('data-pagefind-meta')!
        .slice(3) ?? '',
    aliases: (aliasLine?.replace(/^又称[：:]/, '').split(/[、，,；;]/) ?? [])
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

const linesOf = (text: string) =>
  text
    .split(/[\n\t]/)
    .map(squash)
    .filter(Boolean);

/**
 * Reads every page in `urls` (paths under `origin`) in one tab; sorted by URL. Each page's
 * HTML is fetched and written into the tab (with a <base> so its stylesheets resolve)
 * rather than navigated to: the same HTML and CSS laid out, at 54 ms a page instead of
 * 172 ms. More tabs do not help: the work is Chromium's, and they only contend for it.
 */
export async function readPages(
  browser: Browser,
  origin: string,
  urls: string[],
): Promise<PageText[]> {
  const ctx = await browser.newContext({ bypassCSP: true });
  await ctx.route(/\.(png|jpe?g|gif|webp|woff2?)$/, (route) => route.abort());
  const tab = await ctx.newPage();
  await tab.goto(origin + '/'); // on the site's origin, as the pages' own scripts expect
  const pages: PageText[] = [];
  for (const url of urls) {
    const html = await (await fetch(origin + url)).text();
    // 'load': every stylesheet has applied before the text is read.
    await tab.setContent(html.replace(/<head>/i, `$&<base href="${origin}${url}">`), {
      waitUntil: 'load',
    });
    const r = await tab.evaluate(readInPage, LEFT_OUT);
    if (!r) continue;
    const { text, withFurniture, seams, ...names } = r;
    pages.push({
      url,
      ...names,
      lines: linesOf(text),
      allLines: linesOf(withFurniture),
      seams: seams.map(squash),
    });
  }
  await ctx.close();
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** The URLs of the pages holding `query`, in own text (`lines`) or, with `furniture`, anywhere. */
export function holding(pages: PageText[], query: string, furniture = false): Set<string> {
  const needle = squash(query);
  return new Set(
    pages
      .filter((p) => (furniture ? p.allLines : p.lines).some((l) => l.includes(needle)))
      .map((p) => p.url),
  );
}

/** Runs in the page: whether an innermost element holding `query` (squashed) is on screen. */
export function queryOnScreen(query: string): boolean {
  const squashed = (el: Element) => ((el as HTMLElement).innerText ?? '').replace(/\s+/g, '');
  const holders = [...document.querySelectorAll('main *')].filter(
    (el) =>
      squashed(el).toLowerCase().includes(query) &&
      ![...el.children].some((c) => squashed(c).toLowerCase().includes(query)),
  );
  return holders.some((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}
