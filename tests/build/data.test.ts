// The open-data files, feed and sitemap, read back and compared with the content as written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, BOM } from '../../src/lib/csv.ts';
import { DIST, distFiles, entriesOf, page, pages } from './dist.ts';

const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
const json = JSON.parse(read('data/plan.json'));
const TABLES: Record<string, string> = {
  industries: 'industries',
  pillars: 'pillars',
  aspects: 'aspects',
  measures: 'measures',
  programmes: 'programmes',
  statements: 'statements',
  targets: 'targets',
  terms: 'terms',
  sources: 'sources',
};

describe('open data', () => {
  for (const [table, collection] of Object.entries(TABLES)) {
    it(`${table}.csv and plan.json hold every ${collection} entry with its title and sources`, () => {
      const text = read(`data/${table}.csv`);
      expect(text.startsWith(BOM)).toBe(true);
      const rows = parseCsv(text);
      const entries = entriesOf(collection);
      expect(rows.map((r) => r.id).sort()).toEqual(entries.map((e) => String(e.id)).sort());
      expect(json[table].map((r: { id: string }) => r.id).sort()).toEqual(
        rows.map((r) => r.id).sort(),
      );
      for (const e of entries) {
        const row = rows.find((r) => r.id === e.id)!;
        expect(row.title).toBe(e.title);
        if (collection !== 'sources')
          expect(row.sources.split('|')).toEqual(
            e.sources.map((s: { source: string }) => s.source),
          );
        else expect(row.url).toBe(e.url ?? '');
      }
    });
  }
  it('industry facts: every fact of every industry, with its date and source', () => {
    const rows = parseCsv(read('data/industry-facts.csv'));
    const facts = entriesOf('industries').flatMap((i) =>
      (i.facts ?? []).map((f: any) => ({ industry: i.id, ...f })),
    );
    expect(rows).toHaveLength(facts.length);
    for (const f of facts) {
      const row = rows.find(
        (r) => r.industry === f.industry && r.fact === f.fact && r.text === f.text,
      );
      expect(row, `${f.industry} ${f.fact}`).toBeDefined();
      expect(row!.date).toBe(f.date ?? '');
      expect(row!.source).toBe(f.source);
    }
  });
  it('the data page links every file and explains every column', () => {
    const p = page('/data/');
    const links = p.doc.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    for (const t of Object.keys(TABLES)) expect(links).toContain(`/data/${t}.csv`);
    for (const t of Object.keys(TABLES)) {
      const header = read(`data/${t}.csv`).slice(1).split('\r\n')[0].split(',');
      const documented = p.doc.querySelectorAll(`#table-${t} + div code`).map((c) => c.textContent);
      expect(documented).toEqual(header);
    }
    expect(p.doc.textContent).toContain('CC BY 4.0');
    expect(json.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('feed and sitemap', () => {
  it('the RSS feed lists entries with permalinks that exist', () => {
    const items = read('feed.xml').split('<item>').slice(1);
    const links = items.map((i) => /<link>([^<]+)<\/link>/.exec(i)![1]);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(distFiles).toContain(`${new URL(l).pathname.slice(1)}index.html`);
  });
  it('the sitemap lists every entry page and no search page', () => {
    const xml = distFiles
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(read)
      .join('');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    for (const e of entriesOf('industries'))
      expect(urls).toContain(`/industries/${String(e.id).toLowerCase()}/`);
    expect(urls).not.toContain('/search/');
  });
  it('every page has OpenGraph and Twitter meta with its own title', () => {
    for (const p of pages) {
      const og = p.doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
      expect(og, p.url).toBeTruthy();
      expect(p.doc.querySelector('title')!.textContent).toContain(og!);
      expect(p.doc.querySelector('meta[name="twitter:card"]'), p.url).not.toBeNull();
    }
  });
});
