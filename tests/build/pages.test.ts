// Every built page: language, a single <h1>, a unique title, no third-party resources.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, entriesOf, page, pages, visibleText } from './dist.ts';

const SEGMENTS: Record<string, string> = {
  industries: 'industries',
  pillars: 'pillars',
  aspects: 'aspects',
  measures: 'measures',
  programmes: 'programmes',
  statements: 'statements',
  targets: 'targets',
  terms: 'glossary',
  sources: 'sources',
};

describe('every page', () => {
  it('there are pages', () => expect(pages.length).toBeGreaterThan(50));
  for (const p of pages) {
    it(`${p.url} is zh-CN with one h1 and a description`, () => {
      expect(p.doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
      expect(p.doc.querySelectorAll('h1')).toHaveLength(1);
      expect(
        p.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length,
      ).toBeGreaterThan(8);
      // Links to cited sources (<a href>) are fine; anything the browser fetches is not.
      const fetched = 'script, link, img, iframe, source, video, audio, embed, object';
      for (const el of p.doc.querySelectorAll(fetched)) {
        if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
        for (const attr of ['src', 'href', 'srcset', 'poster', 'data']) {
          const url = el.getAttribute(attr) ?? '';
          expect(url, `${p.url} loads ${url}`).not.toMatch(/(^|,\s*)(https?:)?\/\//);
        }
      }
    });
  }
  it('titles are unique', () => {
    const titles = pages.map((p) => p.doc.querySelector('title')?.textContent);
    expect(new Set(titles).size).toBe(titles.length);
  });
  it('URLs are ASCII', () => {
    for (const p of pages) expect(p.url).toMatch(/^[\x21-\x7e]*$/);
  });
});

describe('entry pages', () => {
  for (const [collection, segment] of Object.entries(SEGMENTS)) {
    for (const e of entriesOf(collection)) {
      it(`${e.id} has a page at /${segment}/${String(e.id).toLowerCase()}/ showing its ID, title and sources`, () => {
        const p = page(`/${segment}/${String(e.id).toLowerCase()}/`);
        const text = visibleText(p.doc.querySelector('main')!);
        expect(p.doc.querySelector('[data-entry-id]')?.getAttribute('data-entry-id')).toBe(e.id);
        expect(p.doc.querySelector('h1')!.textContent).toBe(e.title);
        // Source slugs are internal: a source page shows its title instead.
        if (collection === 'sources')
          expect(text.replace(/https?:\/\/\S+/g, '')).not.toMatch(/src-/);
        else expect(text).toContain(e.id);
        if (collection !== 'sources')
          expect(p.doc.querySelector('#sources-heading'), 'a 来源 section').not.toBeNull();
      });
    }
  }
  it('every cite box names the item, its permalink, and every source it rests on (a source page: the source itself)', () => {
    const sourcesById = new Map(entriesOf('sources').map((s) => [String(s.id), s]));
    const wrong: string[] = [];
    for (const [collection, segment] of Object.entries(SEGMENTS)) {
      for (const e of entriesOf(collection)) {
        const url = `/${segment}/${String(e.id).toLowerCase()}/`;
        const gbt = page(url).doc.querySelector('[data-cite="gbt"]')?.textContent ?? '';
        const plain = page(url).doc.querySelector('[data-cite="plain"]')?.textContent ?? '';
        const cited =
          collection === 'sources'
            ? [e]
            : (e.sources as Array<{ source: string }>).map((c) => sourcesById.get(c.source)!);
        const needed = [
          ...(collection === 'sources' ? [] : [String(e.id)]),
          url,
          ...cited.flatMap((s) => [String(s.title), String(s.outlet)]),
        ];
        for (const n of needed) {
          if (!gbt.includes(n)) wrong.push(`${url}: GB/T citation lacks ${n}`);
          // Inside the plain citation's 《》 a title's own 《》 are written 〈〉.
          const inner = n.replace(/《/g, '〈').replace(/》/g, '〉');
          if (!plain.includes(n) && !plain.includes(inner))
            wrong.push(`${url}: plain citation lacks ${n}`);
        }
        if (/来源：无。/.test(plain)) wrong.push(`${url}: plain citation says 来源：无`);
        if (/src-/.test((gbt + plain).replace(/https?:\/\/\S+/g, '')))
          wrong.push(`${url}: citation shows an internal source slug`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('原文 and 解读 are separate, labelled blocks, never nested', () => {
    let both = 0;
    let bodyQuotes = 0;
    for (const p of pages) {
      const quotes = p.doc.querySelectorAll('[data-kind="yuanwen"]');
      const notes = p.doc.querySelectorAll('[data-kind="jiedu"]');
      for (const q of quotes) expect(q.textContent).toContain('原文');
      for (const n of notes) {
        expect(n.textContent).toContain('解读');
        expect(n.querySelector('[data-kind="yuanwen"]')).toBeNull();
      }
      if (quotes.length && notes.length) both++;
      // An editor's <Quote> in a body stands between 解读 blocks, and the body's section is named for both.
      for (const sec of p.doc.querySelectorAll('section#jiedu')) {
        if (!sec.querySelector('[data-kind="yuanwen"]')) continue;
        bodyQuotes++;
        expect(sec.getAttribute('aria-label'), p.url).toContain('原文');
      }
    }
    expect(both).toBeGreaterThan(20);
    expect(bodyQuotes, 'pages whose body quotes 原文 with <Quote>').toBeGreaterThan(0);
  });
});

describe('site files', () => {
  it('robots.txt points crawlers at the sitemap that exists, and keeps them off search results', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
    expect(new URL(sitemap).origin).toBe(
      new URL(page('/').doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin,
    );
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    expect(robots).toMatch(/^Disallow: \/search\/$/m);
  });
  it('has a 404 page and the Pagefind index', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
