// What a search should find, read from the rendered pages (shared by
// tests/e2e/search-engine.test.ts and scripts/bench-search.ts). A page "holds" a query
// when a line of its indexed region (main[data-pagefind-body] without what Pagefind
// leaves out; table cells count as lines) contains it, ignoring whitespace, character
// width, case and diacritics.
import { parse } from 'node-html-parser';
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

// Hides what the index leaves out.
const LEFT_OUT =
  'main [data-pagefind-ignore], main nav, main footer, main form, main label, main script, main style, main noscript, main template, main svg, main iframe, main button, main [hidden] { display: none !important; }';

/**
 * Runs in the tab: for every page's indexed region (a main[data-pagefind-body] with its URL
 * in data-truth-url), the text with and without furniture, and its seams. All regions are
 * read before the furniture is hidden, and again after, so the tab lays out twice in all.
 */
function readInTab(leftOut: string) {
  const mains = [...document.querySelectorAll<HTMLElement>('main[data-truth-url]')];
  const withFurniture = mains.map((main) => main.innerText);
  const style = document.createElement('style');
  style.textContent = leftOut;
  document.head.append(style);
  // Collapsed <details> content is page text too (find-in-page and text fragments open them).
  for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true;
  return mains.map((main, i) => {
    const seams: string[] = [];
    for (const el of main.querySelectorAll('*')) {
      if (!/^(inline-)?(flex|grid)$/.test(getComputedStyle(el).display)) continue;
      const items = [...el.children]
        .filter((c) => c.checkVisibility())
        .map((c) => [...(c as HTMLElement).innerText.replace(/\s+/g, '')])
        .filter((chars) => chars.length);
      for (let j = 0; j + 1 < items.length; j++) seams.push(items[j].at(-1)! + items[j + 1][0]);
    }
    const aliasLine = [...main.querySelectorAll('p')]
      .map((p) => p.textContent!.trim())
      .find((t) => /^检索词[：:]/.test(t));
    return {
      url: main.dataset.truthUrl!,
      text: main.innerText,
      withFurniture: withFurniture[i],
      seams,
      title: main.querySelector('h1')?.innerText.trim() ?? '',
      // The public ID a page declares to the index (source slugs stay internal).
      id:
        main
          .querySelector('[data-pagefind-meta^="id:"]')
          ?.getAttribute('data-pagefind-meta')!
          .slice(3) ?? '',
      aliases: (aliasLine?.replace(/^检索词[：:]/, '').split(/[、，,；;]/) ?? [])
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
}

const linesOf = (text: string) =>
  text
    .split(/[\n\t]/)
    .map(squash)
    .filter(Boolean);

/**
 * Reads every page in `urls` (paths under `origin`); sorted by URL. The pages' indexed
 * regions are laid out side by side in one document, each inside its page's body classes and
 * under the union of the pages' stylesheets, and read at once: one layout for all pages,
 * giving the same text, lines and seams, field for field, as a document per page. The pages' scripts
 * do not run: the indexed text is what the HTML says, as Pagefind reads it.
 */
export async function readPages(
  browser: Browser,
  origin: string,
  urls: string[],
): Promise<PageText[]> {
  const stylesheets = new Set<string>();
  const regions: string[] = [];
  for (const url of urls) {
    const doc = parse(await (await fetch(origin + url)).text());
    const main = doc.querySelector('main[data-pagefind-body]');
    if (!main) continue;
    for (const link of doc.querySelectorAll('link[rel="stylesheet"]'))
      stylesheets.add(new URL(link.getAttribute('href')!, origin + url).href);
    main.setAttribute('data-truth-url', url);
    const bodyClass = doc.querySelector('body')?.getAttribute('class') ?? '';
    regions.push(`<div class="${bodyClass}">${main.outerHTML}</div>`);
  }
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const tab = await ctx.newPage();
  const links = [...stylesheets].map((href) => `<link rel="stylesheet" href="${href}">`);
  // 'load': every stylesheet has applied before the text is read.
  await tab.setContent(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${links.join('')}</head><body>${regions.join('')}</body></html>`,
    { waitUntil: 'load' },
  );
  const read = await tab.evaluate(readInTab, LEFT_OUT);
  await ctx.close();
  return read
    .map(({ text, withFurniture, seams, ...names }) => ({
      ...names,
      lines: linesOf(text),
      allLines: linesOf(withFurniture),
      seams: seams.map(squash),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
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
