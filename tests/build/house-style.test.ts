// The house style (src/lib/lint/rules/house-style.ts holds it for content/) read back from
// every built page, so generated copy follows it too: one date form, 本站 not 我们, inner
// titles in 〈〉, site-made titles without 《》, and no counter of nothing.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { entriesOf, pages } from './dist.ts';

/** A page's own copy: no 原文, no citation blocks (GB/T keeps ISO dates), no code. */
function ownCopy(html: string): string {
  const doc = parse(html);
  doc
    .querySelectorAll(
      'script, style, template, code, pre, blockquote, [data-kind="yuanwen"], [data-cite], title, meta',
    )
    .forEach((n) => n.remove());
  return (doc.querySelector('main') ?? doc).textContent;
}

/** Headlines as the sources print them (shown bare as a source page's heading) keep their form. */
const headlines = entriesOf('sources')
  .filter((s) => !s.descriptive)
  .map((s) => String(s.title));

/** Text outside “quotations”, 《titles》, headlines and web addresses, which keep their own form. */
const unquoted = (t: string) =>
  headlines
    .reduce((acc, h) => acc.split(h).join('“”'), t)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/“[^“”]*”|《[^《》]*》|‘[^‘’]*’/g, '“”');

const copies = pages.map((p) => ({ url: p.url, text: ownCopy(p.html) }));

describe('house style in every built page', () => {
  it('writes dates 2024 年 7 月 29 日, never 2024-07-29 or 2024年7月', () => {
    const bad = copies.flatMap(({ url, text }) =>
      [...unquoted(text).matchAll(/\b\d{4}-\d{2}-\d{2}\b|\d[年月日]/g)].map(
        (m) => `${url}: ${m[0]}`,
      ),
    );
    expect(bad).toEqual([]);
  });

  it('speaks as 本站, never 我们', () => {
    const bad = copies.filter(({ text }) => unquoted(text).includes('我们')).map((c) => c.url);
    expect(bad).toEqual([]);
  });

  it('never nests 《》 in 《》', () => {
    const bad = copies
      .filter(({ text }) => /《[^》]*《/.test(text.replace(/“[^“”]*”/g, '')))
      .map((c) => c.url);
    expect(bad).toEqual([]);
  });

  it('never dresses a title the site made up as a headline in 《》', () => {
    const made = entriesOf('sources')
      .filter((s) => s.descriptive)
      .map((s) => String(s.title));
    expect(made.length).toBeGreaterThan(10);
    const bad = pages.flatMap((p) =>
      made.filter((t) => p.html.includes(`《${t}`)).map((t) => `${p.url}: 《${t}》`),
    );
    expect(bad).toEqual([]);
  });

  it('never stacks brackets: （…（…）…）', () => {
    const bad = copies.flatMap(({ url, text }) =>
      [...unquoted(text).matchAll(/（[^（）]*（[^（）]*）[^（）]*）/g)].map(
        (m) => `${url}: ${m[0]}`,
      ),
    );
    expect(bad).toEqual([]);
  });

  it('counts nothing that is not there (本站已列出 0 项, 0 / 30 项)', () => {
    const bad = copies
      .filter(({ text }) => /(?<![\d.])0 项|(?<![\d.])0 \/ \d+/.test(text))
      .map((c) => c.url);
    expect(bad).toEqual([]);
  });
});
