// Builds the site's search index through Pagefind's Node API.
//
// Every page is indexed from a copy of its indexed region in which each character is its
// own Pagefind word, so the browser can run a query as an exact phrase of characters and
// find every page holding it, wherever it sits inside a jieba word (信度 in 可信度, 马 in
// 赛马). The layout (block markers, the ID/title/alias header) is described in
// src/lib/search/format.ts; the aliases come from the content files, since the page shows
// them only as prose.
//
// Template furniture (link lists, the industry position diagram, breadcrumbs,
// previous/next, the cite box) carries data-pagefind-ignore and stays out of the index:
// a page that only links to F2 is no exact match for 储能, nor counted by the filters.
//
// What this relies on in Pagefind beyond its documentation is named, and tested, in
// scripts/lib/pagefind-internals.ts.
import { globSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, HTMLElement, type Node } from 'node-html-parser';
import { HEADER_END, MARK, SIDE_FILE, ZWSP, type SideFile } from '../../src/lib/search/format.ts';
import { foldWidth } from '../../src/lib/search/normalise.ts';
import { escapeHtml } from '../../src/lib/search/excerpt.ts';
import { serialise, writePagefindIndex, type Item } from './pagefind-internals.ts';
import { readContent } from './read-content.ts';
import { buildCharMap } from './search-char-map.ts';

/** The kind filter's value for pages that are no entry of a collection. */
const OTHER_KIND = '其他';
/**
 * Pagefind splits its word index into chunks of about this many word positions (default
 * 20000); a query loads the chunks of its characters. Small chunks mean few bytes per
 * query, but each costs an entry in the metadata every search loads first, so the size
 * grows with the site to keep about INDEX_CHUNKS chunks.
 */
const MIN_CHUNK_POSITIONS = 300;
const INDEX_CHUNKS = 256;
/** How many of the most frequent characters the side file lists (the browser avoids them when it must shorten a long query). */
const COMMON_CHARS = 256;

/** A set of the words of a whitespace-separated list. */
const wordSet = (list: string) => new Set(list.trim().split(/\s+/));
// Left out of the index, as Pagefind does, plus form controls.
const EXCLUDED_TAGS = wordSet(`
  head style script noscript template iframe object canvas svg math
  nav footer form label button select textarea input`);
// Elements that start a new line when rendered: a phrase may not cross them. An element the
// site lays out as a line of its own without such a tag (a card link, a block or flex-item
// span) carries data-search-block in src/components/.
const BLOCK_TAGS = wordSet(`
  address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption
  figure h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu ol p pre section summary
  table tbody td tfoot th thead tr ul`);
const WS = /\s/u;

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** A page as readPage reads it. */
type IndexedPage = NonNullable<ReturnType<typeof readPage>>;

/** Left out: what Pagefind leaves out, data-pagefind-ignore (any value) and the hidden attribute. */
function isExcluded(el: HTMLElement): boolean {
  const left = ['data-pagefind-ignore', 'hidden'].some((name) => name in el.attributes);
  return left || EXCLUDED_TAGS.has(el.rawTagName?.toLowerCase());
}

/** Reads a data-pagefind-filter / -meta attribute as the site writes it: `key:value`, or `key` for the element's text. */
function attrPair(el: HTMLElement, attr: string): [string, string] {
  const spec = el.getAttribute(attr)!;
  const colon = spec.indexOf(':');
  if (colon < 0) return [spec.trim(), collapse(el.text)];
  return [spec.slice(0, colon).trim(), collapse(spec.slice(colon + 1))];
}

/**
 * Reads one built page: its indexed region as char-split HTML (`body`) and as the
 * characters it indexes (`text`), and what the header and filters need.
 * Returns null for a page without the indexed region. The aliases come from
 * `aliasesById`, keyed by the ID the page declares.
 */
function readPage(html: string, aliasesById = new Map<string, string[]>()) {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, noscript: true, style: true },
  });
  const main = root.querySelector('[data-pagefind-body]');
  if (!main) return null;
  const pairs = (attr: string) =>
    root
      .querySelectorAll(`[${attr}]`)
      .map((el) => attrPair(el, attr))
      .filter(([k, v]) => k && v);
  const filters = new Map<string, Set<string>>();
  for (const [k, v] of pairs('data-pagefind-filter'))
    filters.set(k, (filters.get(k) ?? new Set()).add(v));
  // Lists, the home page and the site's own pages have no kind: they are 其他, so the kind
  // counts add up to the results shown.
  if (!filters.has('kind')) filters.set('kind', new Set([OTHER_KIND]));
  // An entry page declares its public ID (data-pagefind-meta="id:E3"); a source page declares
  // none, since its slug is internal and shown nowhere.
  const id = pairs('data-pagefind-meta').find(([k]) => k === 'id')?.[1] ?? '';
  const title = collapse(main.querySelector('h1')?.text ?? root.querySelector('title')?.text ?? '');
  const aliases = aliasesById.get(id) ?? [];
  const items: Item[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        for (const ch of foldWidth(child.text)) items.push(WS.test(ch) ? ' ' : ch);
        continue;
      }
      if (!(child instanceof HTMLElement) || isExcluded(child)) continue;
      const tag = child.rawTagName.toLowerCase();
      const block = BLOCK_TAGS.has(tag) || 'data-search-block' in child.attributes;
      // A phrase may not cross a line break: block-level elements get a MARK before and after them.
      if (block) items.push(MARK);
      if (tag === 'br' || tag === 'hr') continue;
      const elId = child.getAttribute('id');
      // Only heading ids become Pagefind anchors (sections); others would bloat the fragments.
      const anchor = elId && /^h[1-6]$/.test(tag);
      if (anchor) items.push({ tag: `<${tag} id="${escapeHtml(elId)}">` });
      walk(child);
      if (anchor) items.push({ tag: `</${tag}>` });
      if (block) items.push(MARK);
    }
  };
  walk(main);
  const text = items.filter((it) => typeof it === 'string').join('');
  return { id, title, aliases, filters, body: serialise(items), text };
}

const wordCount = (s: string) => [...s.replace(/\s+/gu, '')].length;

/** Header slot widths (in words) that fit every page, plus at least one MARK after each. */
function slotWidths(pages: IndexedPage[]): [number, number, number] {
  const widest = (words: (p: IndexedPage) => number) => Math.max(0, ...pages.map(words)) + 1;
  return [
    widest((p) => wordCount(p.id)),
    widest((p) => wordCount(p.title)),
    widest((p) => p.aliases.reduce((n, a) => n + wordCount(a) + 1, 0)),
  ];
}

function slot(text: string, width: number): string[] {
  const words = [...foldWidth(text).replace(/\s+/gu, '')];
  return [...words, ...Array(width - words.length).fill(MARK)];
}

/** The HTML Pagefind indexes for one page: header, body, then filters and meta on empty elements. */
function indexedHtml(page: IndexedPage, widths: number[]): string {
  const header = serialise([
    ...slot(page.id, widths[0]),
    ...slot(page.title, widths[1]),
    ...slot(page.aliases.join(MARK), widths[2]),
    HEADER_END,
  ]);
  const tags: string[] = [];
  for (const [k, values] of page.filters)
    for (const v of values)
      tags.push(`<span data-pagefind-filter="${escapeHtml(k)}:${escapeHtml(v)}"></span>`);
  tags.push(`<span data-pagefind-meta="title:${escapeHtml(page.title)}"></span>`);
  if (page.id) tags.push(`<span data-pagefind-meta="id:${escapeHtml(page.id)}"></span>`);
  // One explicit weight for everything: positions stay in page order within Pagefind's
  // word lists, so a phrase search reports the first occurrence (header before body).
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main data-pagefind-body><div data-pagefind-weight="1">${header}${ZWSP}${page.body}</div>${tags.join('')}</main></body></html>`;
}

/** Every file under `siteDir` outside pagefind/, sorted: a stable order for the index. */
export function siteFiles(siteDir: string): string[] {
  const isIndex = (e: Dirent) => relative(siteDir, join(e.parentPath, e.name)) === 'pagefind';
  return globSync('**', { cwd: siteDir, withFileTypes: true, exclude: isIndex })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The URL path of a built HTML file: /industries/e1/ for industries/e1/index.html. */
export function pageUrl(siteDir: string, file: string): string {
  const rel = relative(siteDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return '/' + (rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

/** Each entry's search aliases by ID, as the content files under `root` declare them. */
export function aliasesInContent(root: string): Map<string, string[]> {
  return new Map(
    readContent(root).entries.flatMap(({ data }) =>
      Array.isArray(data.aliases) ? [[String(data.id), data.aliases.map(String)]] : [],
    ),
  );
}

/**
 * Indexes every HTML page under `siteDir` into `siteDir/pagefind/`, with the entries'
 * aliases from `aliasesById` (see aliasesInContent). Returns { pages }.
 */
export async function buildSearchIndex(
  siteDir: string,
  aliasesById = new Map<string, string[]>(),
): Promise<{ pages: number }> {
  const files = siteFiles(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const pages = files.flatMap(({ file, html }) => {
    const page = readPage(html, aliasesById);
    return page ? [{ ...page, url: pageUrl(siteDir, file) }] : [];
  });

  const widths = slotWidths(pages);
  const frequency = new Map<string, number>();
  for (const p of pages)
    for (const ch of foldWidth(p.text + p.title + p.id + p.aliases.join('')).toLowerCase())
      if (!/[\s\p{Cc}\p{Cf}]/u.test(ch)) frequency.set(ch, (frequency.get(ch) ?? 0) + 1);
  // '"' marks an exact phrase in a Pagefind query: it cannot be a word of its own.
  const punct = [...frequency.keys()].filter((ch) => !/[\p{L}\p{N}"]/u.test(ch)).join('');
  const positions = [...frequency.values()].reduce((a, b) => a + b, 0);
  const chunkSize = Math.max(MIN_CHUNK_POSITIONS, Math.ceil(positions / INDEX_CHUNKS));
  const common = [...frequency]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, COMMON_CHARS)
    .map(([c]) => c)
    .join('');

  const envChunkSize = Number(process.env.SEARCH_INDEX_CHUNK_SIZE);
  await writePagefindIndex(
    pages.map((p) => ({ url: p.url, html: indexedHtml(p, widths) })),
    join(siteDir, 'pagefind'),
    { chunkSize: envChunkSize || chunkSize, includeCharacters: punct },
  );

  const map = buildCharMap(new Set(frequency.keys()));
  const side: SideFile = {
    slots: widths,
    t2s: [...map].map(([t, s]) => t + s).join(''),
    punct,
    common,
  };
  writeFileSync(join(siteDir, 'pagefind', SIDE_FILE), JSON.stringify(side));
  return { pages: pages.length };
}
