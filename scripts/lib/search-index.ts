// Builds the site's search index through Pagefind's Node API, from a copy of each page's
// indexed region in which every character is its own Pagefind word (the layout is in
// src/lib/search/format.ts), so the browser finds every page holding a query's characters
// in order, wherever they sit inside a jieba word (信度 in 可信度). Template furniture carries
// data-pagefind-ignore and stays out: a page that only links to F2 is no exact match for 储能.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, HTMLElement, type Node } from 'node-html-parser';
import { HEADER_END, MARK, SIDE_FILE, ZWSP, type SideFile } from '../../src/lib/search/format.ts';
import { foldWidth } from '../../src/lib/search/normalise.ts';
import { escapeHtml } from '../../src/lib/search/excerpt.ts';
import { serialise, writePagefindIndex, type Item } from './pagefind-internals.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { buildCharMap } from './search-char-map.ts';
import { listPages } from './dist-pages.ts';

/**
 * Pagefind splits its word index into chunks of word positions, and a query loads the
 * chunks of its characters: small chunks mean few bytes per query, but each costs an entry
 * in the metadata every search loads first, so the size grows with the site.
 */
const MIN_CHUNK_POSITIONS = 300;
const INDEX_CHUNKS = 256;
/** How many of the most frequent characters the side file lists. */
const COMMON_CHARS = 256;

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

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

type IndexedPage = NonNullable<ReturnType<typeof readPage>>;

/** The data-pagefind-filter / -meta pairs of a page as the site writes them: `key:value`, or `key` for the element's text. */
function attrPairs(root: HTMLElement, attr: string): [string, string][] {
  return root.querySelectorAll(`[${attr}]`).flatMap((el) => {
    const [key, value] = el.getAttribute(attr)!.split(/:(.*)/s);
    const pair = [key.trim(), collapse(value ?? el.text)];
    return pair[0] && pair[1] ? [pair as [string, string]] : [];
  });
}

/**
 * Reads one built page, or null without an indexed region: its URL, ID, title, filters
 * (`key:value`), header (the characters of its ID, title and aliases from `aliasesById`,
 * aliases apart by MARK), and its indexed region as char-split HTML (`body`) and as the
 * characters it indexes (`text`).
 */
function readPage(page: { html: string; url: string }, aliasesById: Map<string, string[]>) {
  const root = parse(page.html, {
    blockTextElements: { script: true, noscript: true, style: true },
  });
  const main = root.querySelector('[data-pagefind-body]');
  if (!main) return null;
  const filters = new Set(attrPairs(root, 'data-pagefind-filter').map((pair) => pair.join(':')));
  // A page that is no entry of a collection has a kind too, so the kind counts add up.
  if (![...filters].some((f) => f.startsWith('kind:'))) filters.add('kind:其他');
  // An entry page declares its public ID; a source page none (its slug is shown nowhere).
  const id = attrPairs(root, 'data-pagefind-meta').find(([k]) => k === 'id')?.[1] ?? '';
  const title = collapse(main.querySelector('h1')?.text ?? root.querySelector('title')?.text ?? '');
  const aliases = (aliasesById.get(id) ?? []).join(MARK);
  const items: Item[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        for (const ch of foldWidth(child.text)) items.push(/\s/u.test(ch) ? ' ' : ch);
        continue;
      }
      if (!(child instanceof HTMLElement)) continue;
      const tag = child.rawTagName.toLowerCase();
      // Left out: what Pagefind leaves out, data-pagefind-ignore (any value) and the hidden attribute.
      const left = ['data-pagefind-ignore', 'hidden'].some((name) => name in child.attributes);
      if (left || EXCLUDED_TAGS.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag) || 'data-search-block' in child.attributes;
      if (block) items.push(MARK);
      if (tag === 'br' || tag === 'hr') continue;
      // Only heading ids become Pagefind anchors (sections); others would bloat the fragments.
      const elId = /^h[1-6]$/.test(tag) && child.getAttribute('id');
      if (elId) items.push({ tag: `<${tag} id="${escapeHtml(elId)}">` });
      walk(child);
      if (elId) items.push({ tag: `</${tag}>` });
      if (block) items.push(MARK);
    }
  };
  walk(main);
  const text = items.filter((it) => typeof it === 'string').join('');
  const header = [id, title, aliases].map((s) => [...foldWidth(s).replace(/\s+/gu, '')]);
  return { url: page.url, id, title, filters, header, body: serialise(items), text };
}

/** The HTML Pagefind indexes for one page: header (slots padded with MARK to `widths`), body, then filters and meta on empty elements. */
function indexedHtml(page: IndexedPage, widths: number[]): string {
  const header = serialise([
    ...page.header.flatMap((chars, i) => [...chars, ...MARK.repeat(widths[i] - chars.length)]),
    HEADER_END,
  ]);
  const span = (attr: string, value: string) =>
    `<span data-pagefind-${attr}="${escapeHtml(value)}"></span>`;
  const tags = [...page.filters].map((f) => span('filter', f));
  tags.push(span('meta', `title:${page.title}`));
  if (page.id) tags.push(span('meta', `id:${page.id}`));
  // One explicit weight for everything: positions stay in page order within Pagefind's
  // word lists, so a phrase search reports the first occurrence (header before body).
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main data-pagefind-body><div data-pagefind-weight="1">${header}${ZWSP}${page.body}</div>${tags.join('')}</main></body></html>`;
}

/** Each entry's search aliases by ID, as the content files under `root` declare them. */
export function aliasesInContent(root: string): Map<string, string[]> {
  return new Map(
    readContent(root).entries.flatMap(({ data }) =>
      Array.isArray(data.aliases) ? [[String(data.id), data.aliases.map(String)]] : [],
    ),
  );
}

/** Indexes every HTML page under `siteDir` into `siteDir/pagefind/`, with the entries' aliases by ID. */
export async function buildSearchIndex(siteDir: string, aliasesById: Map<string, string[]>) {
  const pages = listPages(siteDir).flatMap((page) => readPage(page, aliasesById) ?? []);

  // Header slot widths that fit every page, plus at least one MARK after each.
  const widths = [0, 1, 2].map((i) => Math.max(0, ...pages.map((p) => p.header[i].length)) + 1);
  const frequency = new Map<string, number>();
  for (const p of pages)
    for (const ch of (p.text + p.header.flat().join('')).toLowerCase())
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

  await writePagefindIndex(
    pages.map((p) => ({ url: p.url, html: indexedHtml(p, widths) })),
    join(siteDir, 'pagefind'),
    {
      chunkSize: Number(process.env.SEARCH_INDEX_CHUNK_SIZE) || chunkSize,
      includeCharacters: punct,
    },
  );

  const t2s = [...buildCharMap(new Set(frequency.keys()))].map(([t, s]) => t + s).join('');
  const side: SideFile = { slots: widths, t2s, punct, common };
  writeFileSync(join(siteDir, 'pagefind', SIDE_FILE), JSON.stringify(side));
  return { pages: pages.length };
}
