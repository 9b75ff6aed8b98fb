// Page weight guard: every page's first visit (HTML + the CSS and JS Chromium
// fetches while loading it, module imports included, import() not) stays
// within budgets.json, loads nothing from another host, and runs no JS at page
// load beyond what budgets.json allows. `npm run bench` prints the same figures.
import { describe, expect, it } from 'vitest';
import { DIST } from './dist.ts';
import {
  budgets,
  checkBudget,
  declaredInlineScripts,
  firstVisits,
  isContentType,
} from '../../scripts/lib/page-weight.ts';
import { listPages } from '../../scripts/lib/dist-pages.ts';

const declared = await declaredInlineScripts();
const pages = listPages(DIST).filter((p) => p.type !== 'redirect');
/** Each page's first visit in Chromium, worked out once for all the checks below. */
const visits = new Map((await firstVisits(DIST, pages)).map((fv) => [fv.url, fv]));

describe('budgets.json', () => {
  it('is well formed', () => {
    expect(budgets.contentPages.firstVisitGzipMax).toBeGreaterThan(0);
    expect(budgets.contentPages.externalJsGzipMax, 'content pages load no script file').toBe(0);
    for (const d of budgets.declaredInlineScripts) expect(d.maxBytes).toBeGreaterThan(0);
    expect(declared.size).toBe(budgets.declaredInlineScripts.length);
  });
});

describe('content pages run no JavaScript file until the reader interacts', () => {
  const content = pages.filter((p) => isContentType(p.type));
  it('no content page has a <script src>, a module script or a modulepreload', () => {
    const offenders = content
      .filter((p) =>
        /<script\b[^>]*\b(src=|type=["']?module)|<link\b[^>]*modulepreload/i.test(p.html),
      )
      .map((p) => p.url);
    expect(offenders).toEqual([]);
  });
  it('every content page carries exactly the declared bootstrap and nothing else inline', () => {
    const wrong: string[] = [];
    for (const p of content) {
      const fv = visits.get(p.url)!;
      const hashes = fv.inlineJs.scripts.map((s: { sha256: string }) => s.sha256);
      if (hashes.length !== 1 || !declared.has(hashes[0]))
        wrong.push(`${p.url}: ${hashes.join(', ') || 'no inline script'}`);
    }
    expect(wrong).toEqual([]);
  });
});

const byType = new Map<string, typeof pages>();
for (const p of pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);

for (const [type, list] of byType) {
  describe(`first-visit weight: ${type} pages`, () => {
    for (const p of list) {
      it(`${p.url} is within budgets.json`, () => {
        const fv = visits.get(p.url)!;
        expect(checkBudget(fv, declared), `${p.url}: first visit ${fv.total.gzip} B gzip`).toEqual(
          [],
        );
      });
    }
  });
}
