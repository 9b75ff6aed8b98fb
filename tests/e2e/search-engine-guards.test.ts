// The search engine in Chromium against dist/, on what needs no reading of every
// page: hostile input stays inert, filters and their counts, and what loads when.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, useSite } from './harness.ts';
import { buildEngine, openEngineTab, paths, search as searchIn } from './search-engine-tab.ts';

const site = useSite();
let page: Page;
let engineJs: string;
const search = (query: string, filters?: { kind?: string[]; tier?: string[] }) =>
  searchIn(page, query, filters, 1e9);

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind', 'zh-search.json')))
    throw new Error('dist/ has no search index: run npm run build');
  engineJs = await buildEngine();
  page = await openEngineTab(site.browser, site.url, engineJs);
}, 120_000);

describe('safety', () => {
  it('a hostile query renders inert', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const q = '<img src=x onerror=alert(1)>';
    const r = await search(q);
    const elements = await page.evaluate(
      (hits) => {
        const out = document.getElementById('out')!;
        out.innerHTML = hits.map((h) => `<p>${h.excerptHtml}</p>`).join('');
        return [...out.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
      },
      [...r.exact, ...r.related],
    );
    expect(elements.every((t) => t === 'p' || t === 'mark')).toBe(true);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    for (const h of [...r.exact, ...r.related]) expect(h.excerptHtml).not.toMatch(/<(?!\/?mark>)/);
  });
});

describe('filters', () => {
  it('filters by kind and tier, with counts', async () => {
    const all = await search('产业');
    const kinds = Object.entries(all.counts.kind).filter(([, n]) => n > 0);
    expect(kinds.length).toBeGreaterThan(1);
    expect(kinds.reduce((s, [, n]) => s + n, 0)).toBe(all.exact.filter((h) => h.kind).length);
    const [kind, n] = kinds[0];
    const one = await search('产业', { kind: [kind] });
    expect(one.total.exact).toBe(n);
    expect([...one.exact, ...one.related].every((h) => h.kind === kind)).toBe(true);
    // Kind counts stay those of the query without the kind filter, so other kinds can be offered.
    expect(one.counts.kind).toEqual(all.counts.kind);
    const tiers = Object.keys(all.counts.tier);
    for (const t of tiers) expect(['新兴', '未来', '传统']).toContain(t);
    if (tiers.length) {
      const byTier = await search('产业', { tier: [tiers[0]] });
      expect([...byTier.exact, ...byTier.related].every((h) => h.tier === tiers[0])).toBe(true);
    }
  });
});

describe('characters the index has no word for', () => {
  it('give no exact match, and the rest of the query still finds related pages', async () => {
    const r = await search('储能\u2603');
    expect(r.total.exact).toBe(0);
    const related = paths(r.related);
    for (const p of paths((await search('储能')).exact)) expect(related).toContain(p);
  });
});

describe('weight', () => {
  it('loads nothing until the first search, then at most 120 KB gzip for it', async () => {
    const tab = await openEngineTab(site.browser, site.url, engineJs);
    const fetched: string[] = [];
    tab.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await tab.evaluate(() => {
      const w = window as unknown as { e: unknown; createSearchEngine: (base: string) => unknown };
      w.e = w.createSearchEngine('/');
    });
    await tab.waitForTimeout(200);
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await tab.evaluate(async () =>
      (window as unknown as { e: { search: (q: string) => Promise<unknown> } }).e.search('储能'),
    );
    let gz = gzipSync(engineJs).length; // unminified here; the site's bundle is smaller
    for (const p of fetched.filter((x) => x.startsWith('/pagefind/'))) {
      const b = readFileSync(join(DIST, p));
      gz += Math.min(b.length, gzipSync(b).length);
    }
    expect(fetched.some((p) => p.endsWith('/pagefind.js'))).toBe(true);
    expect(gz).toBeLessThanOrEqual(120 * 1024);
    await tab.close();
  });
});
