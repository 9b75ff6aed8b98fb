// The facts on every industry page, as a journalist on deadline reads them: newest
// first, undated last, under a 最新 line that gives the newest date. The pages
// load no script that could reorder them, so the built HTML is what a reader sees.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, page } from './dist.ts';

const industryPaths = readdirSync(join(ROOT, 'content/industries'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `/industries/${f.replace(/\.mdx$/, '')}/`);

/** A card's date as written on the page (2024 年 7 月 21 日（推断）) as 2024-07-21; '' when unknown. */
function dateKey(shown: string): string {
  const m = /(\d{4}) 年(?: (\d{1,2}) 月)?(?: (\d{1,2}) 日)?/.exec(shown);
  if (!m) return '';
  return [m[1], m[2], m[3]]
    .filter(Boolean)
    .map((part) => part!.padStart(2, '0'))
    .join('-');
}

describe('facts', () => {
  it('every industry page lists its facts newest first, undated last, under a 最新 line', () => {
    const wrong: string[] = [];
    let datedFacts = 0;
    for (const path of industryPaths) {
      const { doc } = page(path);
      const keys = doc
        .querySelectorAll('#facts-heading ~ ol .fact-date')
        .map((d) => dateKey(d.text));
      const dated = keys.filter(Boolean);
      datedFacts += dated.length;
      const undatedFirst = keys.findIndex((k) => !k);
      if (undatedFirst >= 0 && keys.slice(undatedFirst).some(Boolean))
        wrong.push(`${path}: a dated fact after an undated one`);
      if (dated.some((k, i) => i > 0 && k > dated[i - 1]))
        wrong.push(`${path}: dates out of order ${dated.join(' ')}`);
      const newest = doc.querySelector('[data-newest-fact]')?.text ?? '';
      if (dated.length > 0 && !newest.includes(dated[0].slice(0, 4)))
        wrong.push(`${path}: 最新 line does not give the newest date`);
    }
    expect(industryPaths.length).toBeGreaterThan(0);
    expect(datedFacts, 'no dated fact found: the selector no longer matches').toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
