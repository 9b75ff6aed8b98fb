// The open-data files, feed and sitemap, read back and compared with the content as written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { isFlaggedUrl } from '../../src/lib/flagged-hosts.ts';
import { DIST, ROOT, distFiles, entriesOf, page, pages } from './dist.ts';

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

const csv = (name: string) => parseCsv(read(`data/${name}.csv`));
const header = (name: string) => read(`data/${name}.csv`).slice(1).split('\r\n')[0].split(',');
const tableNames: string[] = json.dictionary.map((t: { table: string }) => t.table);
const flaggedHosts: string[] = JSON.parse(
  readFileSync(join(ROOT, 'src/data/flagged-hosts.json'), 'utf8'),
);
const allEntries = [...Object.values(TABLES), 'progress'].flatMap((c) => entriesOf(c));
const titleOf = (id: string) => allEntries.find((e) => e.id === id)?.title;

describe('open data', () => {
  for (const [table, collection] of Object.entries(TABLES)) {
    it(`${table}.csv and plan.json hold every ${collection} entry with its title and sources`, () => {
      const text = read(`data/${table}.csv`);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text);
      const entries = entriesOf(collection);
      expect(rows.map((r) => r.id).sort()).toEqual(entries.map((e) => String(e.id)).sort());
      expect(json[table].map((r: { id: string }) => r.id).sort()).toEqual(
        rows.map((r) => r.id).sort(),
      );
      for (const e of entries) {
        const row = rows.find((r) => r.id === e.id)!;
        expect(row.title).toBe(e.title);
        if (collection !== 'sources') {
          const cited = [...new Set(e.sources.map((s: { source: string }) => s.source))];
          expect(row.sources.split('|')).toEqual(cited);
          expect(row.source_titles.split('|')).toEqual(cited.map((id) => titleOf(id as string)));
        } else expect(row.url).toBe(e.url ?? '');
      }
    });
  }
  it('industry facts: every fact of every industry, named, dated and with its source', () => {
    const rows = csv('industry-facts');
    const facts = entriesOf('industries').flatMap((i) =>
      (i.facts ?? []).map((f: any) => ({ industry: i.id, ...f })),
    );
    expect(rows).toHaveLength(facts.length);
    for (const f of facts) {
      const row = rows.find(
        (r) => r.industry_id === f.industry && r.fact === f.fact && r.text === f.text,
      );
      expect(row, `${f.industry} ${f.fact}`).toBeDefined();
      expect(row!.industry_title).toBe(titleOf(f.industry));
      expect(row!.date).toBe(f.date ?? '');
      expect(row!.date_status).toBe(f.dateStatus);
      const source = entriesOf('sources').find((s) => s.id === f.source)!;
      expect([row!.source_id, row!.source_title, row!.source_outlet, row!.source_url]).toEqual([
        f.source,
        source.title,
        source.outlet,
        source.url ?? '',
      ]);
    }
  });
  it('every reference column names what it refers to, on every row', () => {
    for (const name of tableNames) {
      const cols = header(name);
      for (const row of csv(name)) {
        for (const c of cols.filter(
          (k) => k.endsWith('_id') && cols.includes(`${k.slice(0, -3)}_title`),
        )) {
          const title = row[`${c.slice(0, -3)}_title`];
          if (row[c]) expect(title, `${name} ${c}=${row[c]}`).toBe(titleOf(row[c]));
          else expect(title, `${name} ${c}`).toBe('');
        }
        for (const c of cols.filter((k) => k.endsWith('_titles'))) {
          const titles = row[c] ? row[c].split('|') : [];
          expect(titles.every(Boolean), `${name} ${row.id} ${c}`).toBe(true);
        }
      }
    }
  });
  it('every date is split into year, month and day that agree with its ISO text', () => {
    const dated = tableNames.filter((n) => header(n).includes('date_precision'));
    expect(dated).toEqual(
      expect.arrayContaining(['industry-facts', 'statements', 'sources', 'progress']),
    );
    const precisions = new Set<string>();
    for (const name of dated)
      for (const row of csv(name)) {
        const [y = '', m = '', d = ''] = row.date ? row.date.split('-') : [];
        const where = `${name} ${row.id ?? row.fact} ${row.date}`;
        expect([row.year, row.month, row.day], where).toEqual(
          [y, m, d].map((p) => (p ? String(Number(p)) : '')),
        );
        const expected = d ? 'day' : m ? 'month' : y ? 'year' : 'unknown';
        expect(row.date_precision, where).toBe(expected);
        expect(['stated', 'inferred', 'unknown'], where).toContain(row.date_status);
        precisions.add(row.date_precision);
      }
    expect([...precisions].sort()).toEqual(['day', 'month', 'unknown', 'year']);
  });
  it('no file links a flagged mirror or spam host', () => {
    for (const name of tableNames)
      for (const row of csv(name))
        for (const [key, value] of Object.entries(row))
          if (/^https?:\/\//.test(value))
            expect(isFlaggedUrl(value, flaggedHosts), `${name} ${key} ${value}`).toBe(false);
  });
  it('the dictionary in plan.json lists every column of every table and says why one is empty', () => {
    const files = distFiles.filter((f) => /^data\/[^/]+\.csv$/.test(f)).map((f) => f.slice(5, -4));
    expect([...tableNames].sort()).toEqual(files.sort());
    for (const t of json.dictionary) {
      expect(t.columns.map((c: { key: string }) => c.key)).toEqual(header(t.table));
      for (const c of t.columns)
        expect(c.description, `${t.table}.${c.key}`).toMatch(/\p{Script=Han}/u);
      expect(t.rows).toBe(csv(t.table).length);
      if (t.rows === 0) expect(t.empty, t.table).toMatch(/\p{Script=Han}/u);
    }
    expect(json.dictionary.find((t: { table: string }) => t.table === 'measures').empty).toContain(
      '30 项',
    );
  });
  it('the data page links every file and explains every column', () => {
    const p = page('/data/');
    const links = p.doc.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    for (const t of tableNames) expect(links).toContain(`/data/${t}.csv`);
    expect(links).toContain('/data/zhenjiang-plan.xlsx');
    for (const t of tableNames) {
      const section = p.doc.querySelector(`#table-${t}`)!.parentNode!;
      const documented = section.querySelectorAll('td code').map((c) => c.textContent);
      expect(documented).toEqual(header(t));
    }
    expect(p.doc.querySelector('#table-measures')!.parentNode!.textContent).toContain('30 项');
    expect(p.doc.textContent).toContain('CC BY 4.0');
    expect(json.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('stamps every file in the workbook with the build date, not the clock, so rebuilds match', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DIST, 'data/zhenjiang-plan.xlsx')));
    const stamps = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...stamps]).toEqual([`${json.buildDate}T00:00:00.000Z`]);
  });
  it('the workbook has a sheet per table that matches its CSV, and the dictionary', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(DIST, 'data/zhenjiang-plan.xlsx')) as any);
    expect(book.worksheets.map((w) => w.name)).toEqual([...tableNames, '数据字典']);
    const text = (v: ExcelJS.CellValue) =>
      v instanceof Date
        ? v.toISOString().slice(0, 10)
        : v === null || v === undefined
          ? ''
          : String(v);
    let realDates = 0;
    for (const name of tableNames) {
      const sheet = book.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const cols = header(name);
      const rows: string[][] = [];
      sheet.eachRow((row, n) => {
        const values = cols.map((_, i) => row.getCell(i + 1).value);
        rows.push(values.map(text));
        if (n === 1) return;
        // Full days in date columns are Excel dates; partial dates stay text.
        values.forEach((v, i) => {
          const where = `${name} row ${n} ${cols[i]}`;
          if (v instanceof Date) realDates++;
          const dateCols = ['date', 'updated', 'event_date', 'source_date'];
          if (v instanceof Date) expect(dateCols, where).toContain(cols[i]);
          else if (dateCols.includes(cols[i]) && v)
            expect(String(v), where).toMatch(/^\d{4}(-\d{2})?$/);
        });
      });
      expect(rows[0]).toEqual(cols);
      expect(rows.slice(1)).toEqual(csv(name).map((r) => cols.map((k) => r[k])));
    }
    expect(realDates).toBeGreaterThan(10);
    const dictionary = book.getWorksheet('数据字典')!;
    const keys: string[] = [];
    dictionary.eachRow(
      (row, n) =>
        n > 1 &&
        row.getCell(3).value &&
        keys.push(`${row.getCell(1).value}.${row.getCell(3).value}`),
    );
    expect(keys).toEqual(tableNames.flatMap((t) => header(t).map((k) => `${t}.${k}`)));
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

describe('indicators a journalist can sort', () => {
  const rows = csv('indicators');
  const sources = new Map(entriesOf('sources').map((s) => [String(s.id), s]));

  it('every row carries its period, its event date and its source’s date, each with how it is known', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const where = `${r.item_id} ${r.measure}`;
      expect(r.period, where).not.toBe('');
      expect(r.event_date_status, where).toMatch(/^(stated|inferred|unknown)$/);
      if (r.event_date_status !== 'unknown') expect(r.event_date, where).toMatch(/^\d{4}/);
      const s = sources.get(r.source_id)!;
      expect(r.source_date, where).toBe(s.date ?? '');
      expect(r.source_date_status, where).toBe(s.dateStatus);
    }
  });

  it('gives each indicator one name and keeps the source’s own wording beside it', () => {
    // Two names of one unit that differ in a single character (成交额 / 交易额) are one
    // indicator under two names.
    const names = [...new Set(rows.map((r) => `${r.unit}\u0000${r.measure}`))].map((k) =>
      k.split('\u0000'),
    );
    const oneApart = (a: string, b: string) =>
      a.length === b.length && a.length > 3 && [...a].filter((c, i) => c !== b[i]).length === 1;
    for (const [unit, a] of names)
      for (const [unit2, b] of names)
        if (a < b && unit === unit2) expect(oneApart(a, b), `${a} / ${b}`).toBe(false);
    for (const r of rows) expect(r.wording, `${r.item_id} ${r.measure}`).not.toBe('');
    const content = entriesOf('progress').flatMap((p) => p.indicators ?? []);
    for (const v of content)
      expect(rows.some((r) => r.wording === (v.wording ?? v.measure))).toBe(true);
  });
});
