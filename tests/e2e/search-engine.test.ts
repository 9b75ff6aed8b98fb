// The search engine (src/client/search-engine.ts) in Chromium against dist/.
// Expected results are computed from dist's own rendered text (search-truth.ts), not
// from the index.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { squashForMatch } from '../../src/lib/search/normalise.ts';
import { DIST, PAGES, useSite } from './harness.ts';
import { holding as holdingIn, queryOnScreen, readPages, type PageText } from './search-truth.ts';
import {
  buildEngine,
  openEngineTab,
  paths,
  randomQueries,
  recallProblems,
  search as searchIn,
  type TestResponse,
} from './search-engine-tab.ts';

const squash = squashForMatch;

const site = useSite();
let page: Page;
let engineJs: string;
let pages: PageText[] = [];

/** Pages (paths) whose rendered text holds the query. */
const holding = (query: string) => holdingIn(pages, query);

/** One search in the shared tab; see search-engine-tab.ts. */
const search = (
  query: string,
  filters?: { kind?: string[]; tier?: string[] },
  limit = 1e9,
): Promise<TestResponse> => searchIn(page, query, filters, limit);

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind', 'zh-search.json')))
    throw new Error('dist/ has no search index: run npm run build');
  engineJs = await buildEngine();
  pages = await readPages(
    site.browser,
    site.url,
    PAGES.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.url),
  );
  page = await openEngineTab(site.browser, site.url, engineJs);
}, 300_000); // reads every page: minutes on a shared, loaded machine

describe('finding every page that holds the query', () => {
  it('a character found only at the end of a word (马 in 赛马) finds every page holding it', async () => {
    const r = await search('马');
    const expected = holding('马');
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(paths(r.exact))).toEqual(expected);
    // Pages with 赛马 (a word ending in 马) are among them, whenever the site has any.
    for (const p of holding('赛马')) expect(paths(r.exact)).toContain(p);
  });

  it('queries taken from inside words (middle characters of titles) find exactly the pages holding them', async () => {
    const titles = pages
      .map((p) => [...p.title.replace(/\s+/g, '')])
      .filter((t) => t.length >= 4 && t.every((c) => /\p{Script=Han}/u.test(c)));
    expect(titles.length).toBeGreaterThan(5);
    for (const t of titles.slice(0, 12)) {
      const q = t.slice(1, 3).join('');
      const r = await search(q);
      expect(new Set(paths(r.exact)), q).toEqual(holding(q));
    }
  });

  // 20 here; the recall sweep (tests/sweep/search-recall.test.ts) tries 200 more.
  it('random substrings of page text (Chinese, digits, Latin): exact = pages holding them, ranked above the rest', async () => {
    const problems = await recallProblems(page, pages, randomQueries(pages, 20, 7));
    expect(problems, problems.join('\n')).toEqual([]);
    // The check itself: against a truth that lacks a page holding 镇江, it reports that page.
    const lacking = pages.filter((p) => p.url !== [...holding('镇江')][0]);
    expect(await recallProblems(page, lacking, ['镇江'])).toEqual([
      expect.stringMatching(/^镇江: missed –; not holding it \//),
    ]);
  });

  it('Latin and digit queries match inside longer tokens (876, 2024, part of an ID)', async () => {
    for (const q of ['876', '2024', '024', 'c9']) {
      const expected = holding(q);
      const r = await search(q);
      expect(new Set(paths(r.exact)), q).toEqual(expected);
    }
  });

  it('does not match across a block boundary', async () => {
    // The last character of each entry title followed by the first character of the line after it.
    let checked = 0;
    for (const p of pages.filter((x) => x.title).slice(0, 30)) {
      const i = p.lines.indexOf(squash(p.title));
      if (i < 0 || i + 1 >= p.lines.length) continue;
      const q = [...p.lines[i]].at(-1)! + [...p.lines[i + 1]][0];
      const r = await search(q);
      expect(new Set(paths(r.exact)), q).toEqual(holding(q));
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('does not match across two flex or grid items (cards, diagram boxes, tier headings)', async () => {
    const seams = [...new Set(pages.flatMap((p) => p.seams))].filter((q) =>
      /^[\p{L}\p{N}]+$/u.test(q),
    );
    // Seams that no line holds: a match there could only come from running across the items.
    const across = seams.filter(
      (q) => holding(q).size < pages.filter((p) => p.seams.includes(q)).length,
    );
    expect(across.length).toBeGreaterThan(3);
    for (const q of across.slice(0, 40)) {
      const r = await search(q);
      expect(new Set(paths(r.exact)), q).toEqual(holding(q));
    }
  });
});

describe('ranking', () => {
  it('typing an ID puts that entry first, in any case', async () => {
    const ids = ['E3', 'A7', 'P2', 'GL02'].filter((id) => pages.some((p) => p.id === id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      for (const q of [id, id.toLowerCase()]) {
        const r = await search(q, undefined, 8);
        expect(r.exact[0]?.id, q).toBe(id);
        expect(r.exact[0].path).toBe(pages.find((p) => p.id === id)!.url);
      }
    }
  });

  it('among exact matches, pages whose title holds the query come first (content, then sources)', async () => {
    for (const q of ['产业', '创新', '镇江', '新兴']) {
      const r = await search(q);
      for (const group of [
        r.exact.filter((h) => h.kind !== '来源'),
        r.exact.filter((h) => h.kind === '来源'),
      ]) {
        const titled = group.map(
          (h) => squash(h.title).includes(squash(q)) || squash(h.id ?? '').includes(squash(q)),
        );
        const firstOther = titled.indexOf(false);
        if (firstOther >= 0) expect(titled.slice(firstOther).includes(true), q).toBe(false);
      }
    }
  });

  it('a topic query (船舶) puts entry, fact and progress pages above source pages that hold it', async () => {
    for (const q of ['船舶', '眼镜', '航空']) {
      const r = await search(q);
      const isSource = r.exact.map((h) => h.kind === '来源');
      expect(isSource.includes(true) && isSource.includes(false), q).toBe(true);
      expect(isSource.slice(isSource.indexOf(true)).includes(false), q).toBe(false);
    }
  });

  it('an entry title finds that entry first (a whole title is a title match)', async () => {
    for (const p of pages.filter((x) => x.id && x.title).slice(0, 15)) {
      const r = await search(p.title, undefined, 8);
      const top = r.exact.filter((h) => h.match === 'title' || h.match === 'id').map((h) => h.path);
      expect(top, p.title).toContain(p.url);
    }
  });
});

describe('own text before template furniture', () => {
  it('an industry name finds its page first, pages that only link to it after every page that discusses it', async () => {
    const industries = pages.filter((p) => /^\/industries\/[^/]+\/$/.test(p.url) && p.title);
    expect(industries.length).toBeGreaterThan(5);
    let linkedOnly = 0;
    for (const industry of industries.slice(0, 8)) {
      const q = industry.title;
      const r = await search(q);
      const order = paths([...r.exact, ...r.related]);
      expect(order[0], q).toBe(industry.url);
      const own = holding(q);
      const furnitureOnly = [...holdingIn(pages, q, true)].filter((u) => !own.has(u));
      linkedOnly += furnitureOnly.length;
      const lastOwn = Math.max(...order.map((u, i) => (own.has(u) ? i : -1)));
      for (const u of furnitureOnly)
        if (order.includes(u)) expect(order.indexOf(u), u).toBeGreaterThan(lastOwn);
      // The excerpt comes from the page's own words, so it shows the query.
      for (const h of r.exact) {
        const text = h.excerptHtml.replace(/<[^>]*>/g, '');
        expect(squash(text), `${q}: ${h.path}`).toContain(squash(q));
      }
      // Filter counts count the exact matches, every one of them (lists and the site's own
      // pages as 其他).
      const counted = Object.values(r.counts.kind).reduce((a, b) => a + b, 0);
      expect(counted, q).toBe(r.exact.length);
    }
    // The site does have pages that name these industries only in link lists and diagrams.
    expect(linkedOnly).toBeGreaterThan(0);
  });
});

describe('traditional input', () => {
  it('儲能 returns exactly what 储能 returns, and says it converted', async () => {
    const trad = await search('儲能');
    const simp = await search('储能');
    expect(trad.simplifiedFrom).toBe('儲能');
    expect(trad.normalised).toBe('储能');
    expect(new Set(paths(trad.exact))).toEqual(holding('储能'));
    expect(paths([...trad.exact, ...trad.related])).toEqual(
      paths([...simp.exact, ...simp.related]),
    );
  });

  it('traditional forms (OpenCC s→t) of site text give the same results as the simplified text', async () => {
    const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const samples = [
      '镇江',
      '创新',
      '产业',
      ...pages
        .map((p) => p.title)
        .filter((t) => s2t(t) !== t)
        .slice(0, 10),
    ];
    for (const q of samples) {
      const t = s2t(q);
      if (t === q) continue;
      const a = await search(t);
      const b = await search(q);
      expect(paths([...a.exact, ...a.related]), `${t} vs ${q}`).toEqual(
        paths([...b.exact, ...b.related]),
      );
      expect(a.simplifiedFrom).toBeDefined();
    }
  });
});

describe('links', () => {
  it('a match inside a section links to its anchor with a text fragment that scrolls to the words', async () => {
    // A query from the last line of a long page, so the match sits far below the fold.
    const long = [...pages]
      .sort((a, b) => b.lines.join('').length - a.lines.join('').length)
      .slice(0, 10);
    let checked = 0;
    const tab = await site.browser.newPage();
    for (const p of long) {
      const line = [...(p.lines.at(-2) ?? '')];
      const q = line.slice(0, 4).join('');
      if (!/^[\p{L}\p{N}]{4}$/u.test(q)) continue;
      const r = await search(q);
      const hit = r.exact.find((h) => h.path === p.url);
      expect(hit, q).toBeDefined();
      expect(hit!.url).toMatch(/#[^#]*:~:text=/);
      const anchor = decodeURIComponent(hit!.url.split('#')[1].split(':~:')[0]);
      await tab.goto(site.url + hit!.url);
      await tab.waitForTimeout(300);
      const anchorExists = await tab.evaluate(
        (anchor) => !anchor || !!document.getElementById(anchor),
        anchor,
      );
      // Deepest elements holding the query; the one the browser scrolled to must be on screen.
      const visible = await tab.evaluate(queryOnScreen, squash(q));
      expect(anchorExists, hit!.url).toBe(true);
      expect(visible, hit!.url).toBe(true);
      checked++;
      if (checked >= 3) break;
    }
    await tab.close();
    expect(checked).toBeGreaterThan(0);
  });
});
